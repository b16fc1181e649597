package dev.meridian.sync.plaid;

import java.util.List;

/**
 * Everything {@code /transactions/sync} returned from one starting cursor up to the last page, in
 * page order, and the cursor to store once it has been applied.
 */
public record SyncBatch(String nextCursor, List<BankBooking> added, List<BankBooking> modified, List<RemovedBooking> removed,
                        int pages, int restarts) {
    public SyncBatch {
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        removed = List.copyOf(removed);
    }
}
