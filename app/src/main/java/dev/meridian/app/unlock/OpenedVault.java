package dev.meridian.app.unlock;

import dev.meridian.core.vault.Vault;

/** A vault the user just unlocked or created, with what the window shows about it. */
public record OpenedVault(Vault vault, String name, boolean demo) {
}
