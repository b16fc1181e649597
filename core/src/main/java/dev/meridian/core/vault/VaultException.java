package dev.meridian.core.vault;

/**
 * A vault could not be created, unlocked or re-keyed. The message is meant for the user and never
 * contains a password, key or recovery code.
 */
public final class VaultException extends Exception {

    public enum Reason { WRONG_PASSWORD, DAMAGED_HEADER, OPEN_ELSEWHERE, NOT_A_VAULT, ALREADY_EXISTS, UNSUPPORTED_VERSION, IO }

    private final Reason reason;

    public VaultException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public VaultException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static VaultException wrongPassword() {
        return new VaultException(Reason.WRONG_PASSWORD, "Wrong password.");
    }

    static VaultException wrongRecoveryCode() {
        return new VaultException(Reason.WRONG_PASSWORD, "Wrong recovery code.");
    }

    static VaultException damagedHeader(String detail) {
        return new VaultException(Reason.DAMAGED_HEADER, "The vault header is damaged: " + detail);
    }

    static VaultException openElsewhere() {
        return new VaultException(Reason.OPEN_ELSEWHERE, "This vault is open in another Meridian window or process.");
    }
}
