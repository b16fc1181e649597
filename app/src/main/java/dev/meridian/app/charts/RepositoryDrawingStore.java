package dev.meridian.app.charts;

import dev.meridian.app.work.BackgroundWork;
import dev.meridian.charts.drawing.DrawingStore;
import dev.meridian.core.domain.ChartDrawing;
import dev.meridian.core.repo.ChartDrawingRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps drawings in the vault without blocking the FX thread. {@link #load} is blocking and is called from a
 * background job (where the chart's drawing book is built). Writes come from the FX thread and run as
 * background jobs, one after the other in the order they were made: a new drawing gets a provisional
 * negative id at once, and later updates or deletes of it are mapped to the id the database gave it.
 */
final class RepositoryDrawingStore implements DrawingStore {

    private final ChartDrawingRepository repository;
    private final OrderedWrites writes;
    private final AtomicLong provisional = new AtomicLong();
    private final Map<Long, Long> stored = new ConcurrentHashMap<>();

    RepositoryDrawingStore(ChartDrawingRepository repository, BackgroundWork work) {
        this.repository = repository;
        this.writes = new OrderedWrites(work);
    }

    @Override
    public List<ChartDrawing> load(long instrumentId) {
        return repository.forInstrument(instrumentId);
    }

    @Override
    public ChartDrawing save(ChartDrawing drawing) {
        if (drawing.id() != 0) {
            write("Saving drawing", () -> repository.update(drawing.withId(realId(drawing.id()))));
            return drawing;
        }
        long temporary = provisional.decrementAndGet();
        write("Saving drawing", () -> stored.put(temporary, repository.insert(drawing).id()));
        return drawing.withId(temporary);
    }

    @Override
    public void delete(long drawingId) {
        write("Deleting drawing", () -> repository.delete(realId(drawingId)));
    }

    private long realId(long id) {
        if (id > 0) return id;
        Long real = stored.get(id);
        if (real == null) throw new IllegalStateException("Drawing " + id + " was never stored");
        return real;
    }

    private void write(String title, Runnable write) {
        writes.submit(title, write);
    }
}
