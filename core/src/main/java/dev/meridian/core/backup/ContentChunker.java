package dev.meridian.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into content-defined chunks with FastCDC (gear rolling hash, normalized
 * chunking): a cut is placed where the hash of the last bytes matches a mask, so inserting or
 * changing bytes moves only the cuts near the change and the other chunks keep their content.
 * Sizes: at least {@code min}, at most {@code max}, about {@code average} on random input.
 */
public final class ContentChunker {

    public static final int DEFAULT_MIN = 256 * 1024;
    public static final int DEFAULT_AVERAGE = 1024 * 1024;
    public static final int DEFAULT_MAX = 4 * 1024 * 1024;

    private static final long[] GEAR = gearTable();

    private final InputStream in;
    private final int min;
    private final int average;
    private final int max;
    private final long strictMask;
    private final long looseMask;
    private final byte[] buffer;
    private int start;
    private int end;
    private boolean eof;

    public ContentChunker(InputStream in) {
        this(in, DEFAULT_MIN, DEFAULT_AVERAGE, DEFAULT_MAX);
    }

    public ContentChunker(InputStream in, int min, int average, int max) {
        if (min <= 0 || average < min || max < average || Integer.bitCount(average) != 1) {
            throw new IllegalArgumentException("Chunk sizes must satisfy 0 < min <= average <= max, average a power of two");
        }
        this.in = in;
        this.min = min;
        this.average = average;
        this.max = max;
        int bits = Integer.numberOfTrailingZeros(average);
        // Normalized chunking: harder to cut before the average size, easier after it.
        this.strictMask = -1L << (64 - (bits + 2));
        this.looseMask = -1L << (64 - (bits - 2));
        this.buffer = new byte[max * 2];
    }

    /** The next chunk, or null at the end of the stream. */
    public byte[] next() throws IOException {
        fill();
        int available = end - start;
        if (available == 0) {
            return null;
        }
        int length = cut(buffer, start, available);
        byte[] chunk = Arrays.copyOfRange(buffer, start, start + length);
        start += length;
        return chunk;
    }

    private void fill() throws IOException {
        if (eof || end - start >= max) {
            return;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end < buffer.length) {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
                return;
            }
            end += n;
        }
    }

    private int cut(byte[] data, int offset, int available) {
        int n = Math.min(available, max);
        if (n <= min) {
            return n;
        }
        int normal = Math.min(average, n);
        long hash = 0;
        int i = min;
        for (; i < normal; i++) {
            hash = (hash << 1) + GEAR[data[offset + i] & 0xff];
            if ((hash & strictMask) == 0) {
                return i + 1;
            }
        }
        for (; i < n; i++) {
            hash = (hash << 1) + GEAR[data[offset + i] & 0xff];
            if ((hash & looseMask) == 0) {
                return i + 1;
            }
        }
        return n;
    }

    /** 256 fixed pseudo-random words (SplitMix64): cuts must be reproducible across runs and machines. */
    private static long[] gearTable() {
        long[] table = new long[256];
        long state = 0x4d65726964696121L;
        for (int i = 0; i < table.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            table[i] = z ^ (z >>> 31);
        }
        return table;
    }
}
