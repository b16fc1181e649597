package dev.meridian.app.unlock;

import dev.meridian.core.vault.Vault;
import dev.meridian.core.work.Progress;

/**
 * Fills the demo vault with generated data unless it already holds a complete demo (a first run
 * that was interrupted leaves it empty; the next start fills it). Runs off the FX thread.
 */
@FunctionalInterface
public interface DemoSeeder {
    void seedIfEmpty(Vault vault, Progress progress) throws Exception;
}
