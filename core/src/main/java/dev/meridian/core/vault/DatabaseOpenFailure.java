package dev.meridian.core.vault;

import java.sql.SQLException;

/** Turns an H2 failure while opening the vault database into a user-facing {@link VaultException}. */
final class DatabaseOpenFailure {

    private DatabaseOpenFailure() {}

    static VaultException toVaultException(RuntimeException failure) {
        int code = h2ErrorCode(failure);
        return switch (code) {
            // The header's keys passed GCM authentication, so they are the ones it was written with:
            // the database file belongs to another header, or it is damaged or not encrypted.
            case 90049, 28000 -> new VaultException(VaultException.Reason.DAMAGED_HEADER,
                    "The vault header is damaged: its keys do not open the vault database (the header and "
                            + "vault.mv.db do not belong together, or the database file is damaged).", failure);
            case 90030 -> new VaultException(VaultException.Reason.IO,
                    "The vault database file is damaged and cannot be opened; restore it from a backup.", failure);
            case 90020 -> VaultException.openElsewhere();
            default -> new VaultException(VaultException.Reason.IO,
                    "The vault database could not be opened (H2 error " + code + ").", failure);
        };
    }

    private static int h2ErrorCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return -1;
    }
}
