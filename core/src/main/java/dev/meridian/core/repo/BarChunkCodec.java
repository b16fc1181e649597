package dev.meridian.core.repo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Columnar encoding of one chunk of bars: a version byte, the bar count, the first time, the time
 * deltas as zig-zag varints (regular bars cost one or two bytes each), then the open, high, low,
 * close and volume columns as raw little-endian doubles, which decode with bulk copies and keep
 * every value bit-exact.
 */
final class BarChunkCodec {

    private static final byte VERSION = 1;

    private BarChunkCodec() {}

    static byte[] encode(long[] t, double[] o, double[] h, double[] l, double[] c, double[] v, int from, int count) {
        byte[] times = new byte[count * 10];
        int tl = 0;
        for (int i = from + 1; i < from + count; i++) {
            long delta = t[i] - t[i - 1];
            long zz = (delta << 1) ^ (delta >> 63);
            while ((zz & ~0x7FL) != 0) {
                times[tl++] = (byte) ((zz & 0x7F) | 0x80);
                zz >>>= 7;
            }
            times[tl++] = (byte) zz;
        }
        ByteBuffer out = ByteBuffer.allocate(1 + 4 + 8 + 4 + tl + 5 * 8 * count).order(ByteOrder.LITTLE_ENDIAN);
        out.put(VERSION).putInt(count).putLong(count == 0 ? 0 : t[from]).putInt(tl).put(times, 0, tl);
        for (double[] column : new double[][] {o, h, l, c, v}) {
            out.asDoubleBuffer().put(column, from, count);
            out.position(out.position() + 8 * count);
        }
        return out.array();
    }

    static int count(byte[] data) {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(1);
    }

    /** Decodes into the arrays at {@code at}; returns the number of bars written. */
    static int decode(byte[] data, long[] t, double[] o, double[] h, double[] l, double[] c, double[] v, int at) {
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        byte version = in.get();
        if (version != VERSION) throw new IllegalStateException("Unknown bar chunk version " + version);
        int count = in.getInt();
        long time = in.getLong();
        int tl = in.getInt();
        int p = in.position();
        if (count > 0) t[at] = time;
        for (int i = 1; i < count; i++) {
            long zz = 0;
            int shift = 0;
            byte b;
            do {
                b = data[p++];
                zz |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            time += (zz >>> 1) ^ -(zz & 1);
            t[at + i] = time;
        }
        in.position(in.position() + tl);
        for (double[] column : new double[][] {o, h, l, c, v}) {
            in.asDoubleBuffer().get(column, at, count);
            in.position(in.position() + 8 * count);
        }
        return count;
    }
}
