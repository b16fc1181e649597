package dev.meridian.sync.plaid;

import com.plaid.client.model.TransactionsSyncRequest;
import com.plaid.client.model.TransactionsSyncResponse;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every page of {@code /transactions/sync} from a cursor. Nothing is written here: the caller
 * applies the whole batch at once. When Plaid reports that data changed during pagination, the
 * pages read so far are dropped and reading restarts from the cursor the run began with.
 */
final class TransactionsFeed {

    static final int PAGE_SIZE = 500;
    static final int MAX_RESTARTS = 5;

    private final PlaidHttp http;

    TransactionsFeed(PlaidHttp http) {
        this.http = http;
    }

    SyncBatch readAll(String accessToken, String startCursor, Progress progress) {
        int restarts = 0;
        while (true) {
            try {
                return readPages(accessToken, startCursor, restarts, progress);
            } catch (PlaidException e) {
                if (!e.mutationDuringPagination() || restarts >= MAX_RESTARTS) throw e;
                restarts++;
            }
        }
    }

    private SyncBatch readPages(String accessToken, String startCursor, int restarts, Progress progress) {
        List<BankBooking> added = new ArrayList<>();
        List<BankBooking> modified = new ArrayList<>();
        List<RemovedBooking> removed = new ArrayList<>();
        String cursor = startCursor;
        int pages = 0;
        boolean more = true;
        while (more) {
            if (progress.isCancelled()) throw new CancelledException();
            TransactionsSyncRequest request = new TransactionsSyncRequest().accessToken(accessToken).count(PAGE_SIZE);
            if (cursor != null && !cursor.isEmpty()) request.cursor(cursor);
            TransactionsSyncResponse page = http.call("Reading bank transactions", http.api().transactionsSync(request));
            pages++;
            if (page.getAdded() != null) page.getAdded().forEach(t -> added.add(PlaidMapping.booking(t)));
            if (page.getModified() != null) page.getModified().forEach(t -> modified.add(PlaidMapping.booking(t)));
            if (page.getRemoved() != null) page.getRemoved().forEach(r -> removed.add(PlaidMapping.removed(r)));
            cursor = page.getNextCursor();
            more = Boolean.TRUE.equals(page.getHasMore());
            progress.update(-1, -1, String.format("Read %,d pages of bank transactions (%,d changes)", pages,
                    added.size() + modified.size() + removed.size()));
        }
        return new SyncBatch(cursor == null || cursor.isEmpty() ? startCursor : cursor, added, modified, removed, pages, restarts);
    }
}
