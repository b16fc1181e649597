package dev.meridian.app.charts;

import dev.meridian.app.work.BackgroundWork;
import java.util.concurrent.CompletableFuture;

/**
 * Background writes that must land in the order they were made (a drawing's insert before its update, the
 * newest layout last). Each job waits for its predecessor; the pool starts jobs in submission order, so a
 * waiting job never holds up the one it waits for. Submit on the FX thread.
 */
final class OrderedWrites {

    private final BackgroundWork work;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    OrderedWrites(BackgroundWork work) {
        this.work = work;
    }

    void submit(String title, Runnable write) {
        CompletableFuture<Void> previous = last;
        CompletableFuture<Void> done = new CompletableFuture<>();
        last = done;
        work.submit(title, p -> {
            try {
                previous.join();
                write.run();
                return Boolean.TRUE;
            } finally {
                done.complete(null);
            }
        }, ok -> { });
    }
}
