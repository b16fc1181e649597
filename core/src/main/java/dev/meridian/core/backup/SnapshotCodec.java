package dev.meridian.core.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The stored form of a snapshot object: {@code "MBSNAP01"}, the vault header it was taken with
 * (int32 length + bytes; the header only holds password-wrapped keys, and it is what lets a
 * password unlock this snapshot on another machine), then the manifest sealed by
 * {@link ObjectCipher}. The sealed body repeats the header's SHA-256, so a swapped header is refused.
 */
public final class SnapshotCodec {

    private static final byte[] MAGIC = "MBSNAP01".getBytes(StandardCharsets.US_ASCII);
    private static final int BODY_VERSION = 1;
    private static final int MAX_HEADER = 64 * 1024;

    private SnapshotCodec() {
    }

    public static byte[] encode(SnapshotManifest manifest, byte[] header, ObjectCipher cipher) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 + manifest.chunks().size() * 36);
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeInt(BODY_VERSION);
            out.writeLong(manifest.createdAt().toEpochMilli());
            out.writeLong(manifest.sizeBytes());
            out.writeInt(manifest.newChunks());
            out.writeLong(manifest.newBytes());
            out.writeLong(manifest.uploadedBytes());
            out.write(sha256(header));
            out.writeInt(manifest.chunks().size());
            for (ChunkRef chunk : manifest.chunks()) {
                out.write(HexFormat.of().parseHex(chunk.id()));
                out.writeInt(chunk.length());
            }
        }
        byte[] sealed = cipher.seal(body.toByteArray(), RepositoryLayout.snapshotName(manifest.id()));
        ByteBuffer all = ByteBuffer.allocate(MAGIC.length + 4 + header.length + sealed.length);
        all.put(MAGIC).putInt(header.length).put(header).put(sealed);
        return all.array();
    }

    /** The vault header stored with the snapshot; readable without keys. */
    public static byte[] header(byte[] stored, String snapshotId) throws DamagedObjectException {
        ByteBuffer in = ByteBuffer.wrap(stored);
        String name = RepositoryLayout.snapshotName(snapshotId);
        if (stored.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(stored, MAGIC.length), MAGIC)) {
            throw new DamagedObjectException(name, "it is not a Meridian snapshot");
        }
        in.position(MAGIC.length);
        int length = in.getInt();
        if (length <= 0 || length > MAX_HEADER || length > in.remaining()) {
            throw new DamagedObjectException(name, "its vault header is cut short");
        }
        byte[] header = new byte[length];
        in.get(header);
        return header;
    }

    public static SnapshotManifest decode(byte[] stored, String snapshotId, ObjectCipher cipher) throws DamagedObjectException {
        String name = RepositoryLayout.snapshotName(snapshotId);
        byte[] header = header(stored, snapshotId);
        int bodyStart = MAGIC.length + 4 + header.length;
        byte[] body = cipher.open(Arrays.copyOfRange(stored, bodyStart, stored.length), name);
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body))) {
            if (in.readInt() != BODY_VERSION) {
                throw new DamagedObjectException(name, "it was written by a newer Meridian");
            }
            Instant createdAt = Instant.ofEpochMilli(in.readLong());
            long size = in.readLong();
            int newChunks = in.readInt();
            long newBytes = in.readLong();
            long uploaded = in.readLong();
            byte[] headerHash = in.readNBytes(32);
            if (!MessageDigest.isEqual(headerHash, sha256(header))) {
                throw new DamagedObjectException(name, "its vault header was replaced");
            }
            int count = in.readInt();
            List<ChunkRef> chunks = new ArrayList<>(count);
            byte[] id = new byte[32];
            for (int i = 0; i < count; i++) {
                in.readFully(id);
                chunks.add(new ChunkRef(HexFormat.of().formatHex(id), in.readInt()));
            }
            return new SnapshotManifest(snapshotId, createdAt, size, chunks, newChunks, newBytes, uploaded);
        } catch (DamagedObjectException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new DamagedObjectException(name, "its chunk list cannot be read");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
