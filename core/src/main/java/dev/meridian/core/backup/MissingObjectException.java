package dev.meridian.core.backup;

import java.io.IOException;

/** A backup object that should exist is not on the target. */
public final class MissingObjectException extends IOException {
    public MissingObjectException(String name, String where) {
        super("The backup object " + name + " is missing from " + where + ".");
    }
}
