package dev.meridian.core.backup;

import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.Deflater;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A consistent copy of an open vault's database, taken with H2's online {@code BACKUP TO} while the
 * user keeps working: H2 stops reusing free space for the duration and copies the file, so the
 * copy is the state of one commit. With {@code CIPHER=AES} the copy is the encrypted file itself
 * (it still starts with {@code H2encrypt}): nothing readable touches the temporary folder, and
 * only the key bundle in the vault header opens it. Close the copy to delete it.
 */
public final class VaultCopy implements AutoCloseable {

    private static final String ENTRY_SUFFIX = ".mv.db";

    private final Path tempDir;
    private final Path zip;
    private final byte[] header;
    private final long size;

    private VaultCopy(Path tempDir, Path zip, byte[] header, long size) {
        this.tempDir = tempDir;
        this.zip = zip;
        this.header = header;
        this.size = size;
    }

    public static VaultCopy take(Vault vault) throws IOException, VaultException {
        Path tempDir = Files.createTempDirectory("meridian-backup");
        try {
            byte[] header = vault.headerBytes();
            Path zip = tempDir.resolve("vault.zip");
            // Write everything pending first, so the background writer is idle while the file is copied.
            vault.dsl().execute("CHECKPOINT SYNC");
            copyDatabase(vault, zip);
            long size = -1;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().endsWith(ENTRY_SUFFIX)) {
                        size = entry.getSize() >= 0 ? entry.getSize() : in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
            if (size < 0) {
                throw new IOException("H2's online backup produced no database file.");
            }
            return new VaultCopy(tempDir, zip, header, size);
        } catch (IOException | VaultException | RuntimeException e) {
            deleteTree(tempDir);
            throw e;
        }
    }

    /**
     * H2's {@code BACKUP TO} deflates the copy, which costs more than the rest of a backup (the
     * encrypted file does not compress). The same online copy ({@code FileStore.backup}: space
     * reuse off while the file is read) is taken here into a zip with compression off; if this H2
     * does not expose its store as expected, the SQL command is used instead.
     */
    private static void copyDatabase(Vault vault, Path zip) throws IOException {
        try (java.sql.Connection connection = vault.database().dataSource().getConnection()) {
            org.h2.engine.Database database = ((org.h2.engine.SessionLocal) connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession())
                    .getDatabase();
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.setLevel(Deflater.NO_COMPRESSION);
                synchronized (database.getLobSyncObject()) {
                    database.getStore().flush();
                    database.getStore().getMvStore().getFileStore().backup(out);
                }
            }
        } catch (ClassCastException | java.sql.SQLException | NullPointerException e) {
            Files.deleteIfExists(zip);
            vault.dsl().execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        }
    }

    /** The vault header at the time of the copy. */
    public byte[] header() {
        return header.clone();
    }

    /** Size of the database file in the copy. */
    public long size() {
        return size;
    }

    /** The database file's bytes (still AES-encrypted by H2). */
    public InputStream open() throws IOException {
        ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), java.nio.charset.StandardCharsets.UTF_8);
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (entry.getName().endsWith(ENTRY_SUFFIX)) {
                return new FilterInputStream(in) { };
            }
        }
        in.close();
        throw new IOException("The database copy has disappeared from " + zip + ".");
    }

    @Override
    public void close() {
        deleteTree(tempDir);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // The OS cleans its temp folder; the copy inside is encrypted.
        }
    }
}
