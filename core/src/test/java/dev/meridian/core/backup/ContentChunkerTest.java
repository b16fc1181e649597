package dev.meridian.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentChunkerTest {

    private static List<byte[]> chunks(byte[] data) throws IOException {
        ContentChunker chunker = new ContentChunker(new ByteArrayInputStream(data), 2048, 8192, 32768);
        List<byte[]> out = new ArrayList<>();
        for (byte[] c = chunker.next(); c != null; c = chunker.next()) out.add(c);
        return out;
    }

    @Test
    void chunksConcatenateToTheInputWithinSizeBounds() throws IOException {
        byte[] data = new byte[1_000_000];
        new Random(7).nextBytes(data);
        List<byte[]> chunks = chunks(data);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] c : chunks) joined.write(c);
        assertThat(joined.toByteArray()).isEqualTo(data);
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(c -> assertThat(c.length).isBetween(2048, 32768));
        assertThat(data.length / chunks.size()).isBetween(6000, 16000);
    }

    @Test
    void insertingBytesChangesOnlyTheChunksAroundTheInsertion() throws IOException {
        byte[] data = new byte[1_000_000];
        new Random(8).nextBytes(data);
        byte[] edited = new byte[data.length + 10];
        System.arraycopy(data, 0, edited, 0, 500_000);
        System.arraycopy(data, 500_000, edited, 500_010, 500_000);
        Set<String> before = new HashSet<>();
        for (byte[] c : chunks(data)) before.add(java.util.HexFormat.of().formatHex(c).substring(0, 64) + c.length);
        List<byte[]> after = chunks(edited);
        long changed = after.stream().filter(c -> !before.contains(java.util.HexFormat.of().formatHex(c).substring(0, 64) + c.length)).count();
        assertThat(changed).isBetween(1L, 3L);
    }
}
