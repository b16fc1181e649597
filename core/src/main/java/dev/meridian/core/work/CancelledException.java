package dev.meridian.core.work;

/** Raised inside work that noticed the user's cancel request; the work's changes are rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled by the user", null, false, false);
    }
}
