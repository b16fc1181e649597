package dev.meridian.core.demo;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Independent, reproducible random streams per part of the demo (one per instrument, one per scenario),
 * so that adding an instrument does not change every other generated series.
 */
final class DemoRandom {

    private static final String ALGORITHM = "L64X128MixRandom";

    private DemoRandom() {
    }

    static RandomGenerator stream(long seed, String part) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed ^ fnv1a(part));
    }

    /** Student-t with {@code nu} degrees of freedom scaled to unit variance: fat tails, same spread. */
    static double fatTailed(RandomGenerator rng, int nu) {
        double chi2 = 0;
        for (int i = 0; i < nu; i++) {
            double g = rng.nextGaussian();
            chi2 += g * g;
        }
        return rng.nextGaussian() / Math.sqrt(chi2 / nu) * Math.sqrt((nu - 2.0) / nu);
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
