package dev.meridian.core.vault;

import com.google.crypto.tink.StreamingAead;
import dev.meridian.core.db.Database;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.jooq.DSLContext;

/**
 * An unlocked vault: its open encrypted database, the column cipher and the backup cipher. While
 * open it holds the folder lock. {@link #lock()} (and {@link #close()}) closes the database,
 * drops every key and releases the lock; the object is unusable afterwards.
 */
public final class Vault implements AutoCloseable {

    private final Path folder;
    private final HeaderFile headerFile;
    private final SecureRandom random;
    private FolderLock folderLock;
    private Database database;
    private ColumnCipher secrets;
    private StreamingAead backupAead;

    Vault(Path folder, HeaderFile headerFile, SecureRandom random, FolderLock folderLock, Database database,
            ColumnCipher secrets, StreamingAead backupAead) {
        this.folder = folder;
        this.headerFile = headerFile;
        this.random = random;
        this.folderLock = folderLock;
        this.database = database;
        this.secrets = secrets;
        this.backupAead = backupAead;
    }

    public Path folder() {
        return folder;
    }

    public synchronized Database database() {
        requireOpen();
        return database;
    }

    public synchronized DSLContext dsl() {
        requireOpen();
        return database.dsl();
    }

    public synchronized SecretCipher secrets() {
        requireOpen();
        return secrets;
    }

    public synchronized StreamingAead backupAead() {
        requireOpen();
        return backupAead;
    }

    /**
     * Re-wraps the key bundle for a new password, keeping the current KDF costs. Only the header
     * changes; it is replaced atomically, so a crash leaves the old password working.
     */
    public void changePassword(char[] current, char[] next) throws VaultException {
        changePassword(current, next, null);
    }

    /** As {@link #changePassword(char[], char[])}, also moving the password slot to new KDF costs. */
    public synchronized void changePassword(char[] current, char[] next, KdfParams newParams) throws VaultException {
        requireOpen();
        if (next.length == 0) {
            throw new IllegalArgumentException("The new password must not be empty.");
        }
        VaultHeader header = headerFile.read();
        byte[] keys;
        try {
            keys = KeyWrap.unwrap(header.password(), current, VaultFolder.PASSWORD_SLOT);
        } catch (GeneralSecurityException e) {
            throw VaultException.wrongPassword();
        }
        try {
            KdfParams params = newParams == null ? header.password().params() : newParams;
            KeySlot slot = KeyWrap.wrap(keys, next, params, VaultFolder.PASSWORD_SLOT, random);
            headerFile.write(header.withPassword(slot));
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Reason.IO, "The new password could not be applied: encryption failed.", e);
        } finally {
            VaultKeys.wipe(keys);
        }
    }

    public synchronized boolean isOpen() {
        return database != null;
    }

    /** Closes the database, forgets every key and releases the folder lock. Safe to call twice. */
    public synchronized void lock() {
        if (database == null) {
            return;
        }
        try {
            database.close();
        } finally {
            database = null;
            secrets.forget();
            secrets = null;
            backupAead = null;
            folderLock.close();
            folderLock = null;
        }
    }

    @Override
    public void close() {
        lock();
    }

    @Override
    public String toString() {
        return "Vault[" + folder + (isOpen() ? ", open]" : ", locked]");
    }

    private void requireOpen() {
        if (database == null) {
            throw new IllegalStateException("The vault is locked.");
        }
    }
}
