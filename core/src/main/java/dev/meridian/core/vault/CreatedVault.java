package dev.meridian.core.vault;

/**
 * A freshly created, unlocked vault and its recovery code. The code is shown to the user once and
 * is not stored anywhere in readable form.
 */
public record CreatedVault(Vault vault, String recoveryCode) {

    @Override
    public String toString() {
        return "CreatedVault[vault=" + vault + ", recoveryCode=<hidden>]";
    }
}
