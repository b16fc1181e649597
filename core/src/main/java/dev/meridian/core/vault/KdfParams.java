package dev.meridian.core.vault;

/**
 * Argon2id cost parameters. They are stored in the vault header next to their salt, so a vault
 * created with lower costs can be re-wrapped with higher ones on the next password change.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {

    /** Upper bound so that a forged header cannot make unlocking allocate unbounded memory. */
    static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

    public KdfParams {
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("Argon2 parallelism must be between 1 and 64, was " + parallelism);
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("Argon2 iterations must be between 1 and 100, was " + iterations);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be between " + 8 * parallelism + " and "
                    + MAX_MEMORY_KIB + " KiB, was " + memoryKiB);
        }
    }

    /** Production costs: 64 MiB, 3 passes, 4 lanes (about half a second to a second on a laptop). */
    public static KdfParams defaults() {
        return new KdfParams(65536, 3, 4);
    }

    /**
     * Cheap costs for the demo vault and tests only, where speed matters more than resistance to
     * password guessing. Never use for a real user's vault.
     */
    public static KdfParams light() {
        return new KdfParams(8192, 1, 1);
    }
}
