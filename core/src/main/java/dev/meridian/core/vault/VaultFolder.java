package dev.meridian.core.vault;

import dev.meridian.core.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A folder that holds (or will hold) one vault: {@code vault.header} (key slots, see
 * {@link VaultHeader}), {@code vault.mv.db} (the AES-encrypted H2 database) and {@code vault.lock}
 * (the folder lock). Creating and unlocking happen here; the open vault is a {@link Vault}.
 *
 * <p>A failed unlock (wrong password, damaged header, vault open elsewhere) writes nothing: the
 * folder lock is taken and the database opened only after the keys were decrypted.
 */
public final class VaultFolder {

    static final String PASSWORD_SLOT = "password";
    static final String RECOVERY_SLOT = "recovery";
    static final String DATABASE_BASE = "vault";
    static final String DATABASE_FILE = DATABASE_BASE + ".mv.db";

    private final Path dir;
    private final HeaderFile headerFile;
    private final SecureRandom random = new SecureRandom();

    public VaultFolder(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.headerFile = new HeaderFile(this.dir);
    }

    public Path dir() {
        return dir;
    }

    /** True when the folder holds a vault header (the database alone is not a usable vault). */
    public boolean exists() {
        return headerFile.exists();
    }

    /**
     * Creates a new vault with fresh random keys. The header is written last, so an interrupted
     * creation never leaves a header pointing at a missing database.
     */
    public CreatedVault create(char[] password, KdfParams params) throws VaultException {
        if (password.length == 0) {
            throw new IllegalArgumentException("The password must not be empty.");
        }
        if (exists()) {
            throw new VaultException(VaultException.Reason.ALREADY_EXISTS, "There is already a vault in " + dir + ".");
        }
        if (Files.exists(dir.resolve(DATABASE_FILE))) {
            throw new VaultException(VaultException.Reason.ALREADY_EXISTS,
                    "The folder " + dir + " holds a vault database without its header; move it away first.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.IO, "The vault folder could not be created: " + e.getMessage(), e);
        }
        FolderLock lock = FolderLock.acquire(dir);
        try {
            return createLocked(password, params, lock);
        } catch (VaultException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private CreatedVault createLocked(char[] password, KdfParams params, FolderLock lock) throws VaultException {
        String recoveryCode = RecoveryCode.generate(random);
        char[] recoverySecret = RecoveryCode.normalize(recoveryCode);
        VaultKeys keys = null;
        byte[] serialized = null;
        try {
            keys = VaultKeys.generate(random);
            serialized = keys.serialize();
            VaultHeader header = new VaultHeader(
                    KeyWrap.wrap(serialized, password, params, PASSWORD_SLOT, random),
                    KeyWrap.wrap(serialized, recoverySecret, params, RECOVERY_SLOT, random));
            Vault vault = openDatabase(keys, lock);
            try {
                headerFile.write(header);
            } catch (VaultException e) {
                vault.lock();
                deleteQuietly(dir.resolve(DATABASE_FILE));
                throw e;
            }
            return new CreatedVault(vault, recoveryCode);
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Reason.IO, "The vault keys could not be generated.", e);
        } finally {
            VaultKeys.wipe(serialized);
            Arrays.fill(recoverySecret, '\0');
            if (keys != null) {
                keys.wipe();
            }
        }
    }

    public Vault unlock(char[] password) throws VaultException {
        VaultHeader header = headerFile.read();
        byte[] serialized;
        try {
            serialized = KeyWrap.unwrap(header.password(), password, PASSWORD_SLOT);
        } catch (GeneralSecurityException e) {
            throw VaultException.wrongPassword();
        }
        return open(serialized);
    }

    /** Unlocks with the recovery code shown at creation; dashes, spaces and case are ignored. */
    public Vault unlockWithRecoveryCode(String code) throws VaultException {
        VaultHeader header = headerFile.read();
        char[] secret = RecoveryCode.normalize(code);
        byte[] serialized;
        try {
            serialized = KeyWrap.unwrap(header.recovery(), secret, RECOVERY_SLOT);
        } catch (GeneralSecurityException e) {
            throw VaultException.wrongRecoveryCode();
        } finally {
            Arrays.fill(secret, '\0');
        }
        return open(serialized);
    }

    private Vault open(byte[] serialized) throws VaultException {
        VaultKeys keys;
        try {
            keys = VaultKeys.parse(serialized);
        } catch (GeneralSecurityException e) {
            throw VaultException.damagedHeader("its key bundle cannot be read.");
        } finally {
            VaultKeys.wipe(serialized);
        }
        try {
            if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
                throw new VaultException(VaultException.Reason.IO,
                        "The vault database file " + DATABASE_FILE + " is missing from " + dir + "; restore it from a backup.");
            }
            FolderLock lock = FolderLock.acquire(dir);
            try {
                return openDatabase(keys, lock);
            } catch (VaultException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } finally {
            keys.wipe();
        }
    }

    private Vault openDatabase(VaultKeys keys, FolderLock lock) throws VaultException {
        char[] fileKey = keys.fileKey();
        char[] userPassword = keys.userPassword();
        Database database;
        try {
            database = Database.openEncrypted(dir.resolve(DATABASE_BASE), fileKey, userPassword);
        } catch (RuntimeException e) {
            throw DatabaseOpenFailure.toVaultException(e);
        } finally {
            Arrays.fill(fileKey, '\0');
            Arrays.fill(userPassword, '\0');
        }
        try {
            return new Vault(dir, headerFile, random, lock, database, new ColumnCipher(keys.columnAead()), keys.backupAead());
        } catch (GeneralSecurityException e) {
            database.close();
            throw VaultException.damagedHeader("its keys cannot be loaded.");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind; create() reports it clearly next time.
        }
    }

    @Override
    public String toString() {
        return "VaultFolder[" + dir + "]";
    }
}
