package dev.meridian.app.settings;

import dev.meridian.core.vault.VaultException;

/** Re-wraps the vault's keys under a new password; blocking (Argon2), so it runs in the background. */
@FunctionalInterface
public interface PasswordChange {
    void change(char[] current, char[] next) throws VaultException;
}
