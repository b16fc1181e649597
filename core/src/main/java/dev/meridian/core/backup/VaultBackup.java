package dev.meridian.core.backup;

import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/** Backs up an open vault to a target: an online copy of the database, chunked, encrypted, uploaded; the snapshot object last. */
public final class VaultBackup {

    private final Clock clock;

    public VaultBackup(Clock clock) {
        this.clock = clock;
    }

    public SnapshotManifest backUp(Vault vault, BackupTarget target, Progress progress) throws IOException, VaultException {
        return backUp(vault, new SnapshotWriter(target, new ObjectCipher(vault.backupKeys())), progress);
    }

    public SnapshotManifest backUp(Vault vault, SnapshotWriter writer, Progress progress) throws IOException, VaultException {
        progress.update(0, 1, "Copying the vault");
        try (VaultCopy copy = VaultCopy.take(vault); InputStream data = copy.open()) {
            return writer.write(data, copy.size(), copy.header(), clock.instant(), progress);
        }
    }
}
