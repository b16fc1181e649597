package dev.meridian.core.backup;

import java.util.List;
import java.util.Map;

/**
 * What verify found. A snapshot is restorable only if it is readable and every chunk it lists is
 * present and authentic.
 *
 * @param damagedChunks   chunk id to what is wrong with it (missing, fails authentication, wrong length)
 * @param brokenSnapshots snapshot id to why it cannot be restored (unreadable, or which chunks it lacks)
 */
public record VerifyReport(int snapshotsChecked, int chunksChecked, long bytesChecked, Map<String, String> damagedChunks,
        Map<String, String> brokenSnapshots, int unreferencedChunks) {

    public VerifyReport {
        damagedChunks = Map.copyOf(damagedChunks);
        brokenSnapshots = Map.copyOf(brokenSnapshots);
    }

    public boolean ok() {
        return damagedChunks.isEmpty() && brokenSnapshots.isEmpty();
    }

    /** One line for the status bar. */
    public String summary() {
        if (ok()) {
            return "Verified " + snapshotsChecked + " snapshots, " + chunksChecked + " chunks (" + (bytesChecked >> 20) + " MiB): all intact.";
        }
        return "Verify found " + damagedChunks.size() + " damaged or missing chunks; " + brokenSnapshots.size()
                + " snapshots cannot be restored: " + List.copyOf(brokenSnapshots.keySet());
    }
}
