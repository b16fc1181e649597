package dev.meridian.core.backup;

import java.io.IOException;

/** A backup object exists but cannot be trusted: changed, truncated, or encrypted for another name or vault. */
public final class DamagedObjectException extends IOException {

    private final String objectName;

    public DamagedObjectException(String objectName, String why) {
        super("The backup object " + objectName + " is damaged: " + why + ".");
        this.objectName = objectName;
    }

    public String objectName() {
        return objectName;
    }
}
