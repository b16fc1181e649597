package dev.meridian.app;

import java.util.concurrent.atomic.AtomicInteger;

/** The process exit code the application decided on; read by {@link Launcher} after the FX runtime ends. */
final class ExitStatus {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int TIMED_OUT = 2;

    private static final AtomicInteger CODE = new AtomicInteger(OK);

    private ExitStatus() {
    }

    /** Records a failure; the first failure wins. */
    static void fail(int code) {
        CODE.compareAndSet(OK, code);
    }

    static int code() {
        return CODE.get();
    }
}
