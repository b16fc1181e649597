package dev.meridian.charts.drawing;

import dev.meridian.core.domain.ChartDrawing;

import java.util.List;

/**
 * Where an instrument's drawings are kept. The app implements it over its drawing repository; the chart
 * module knows nothing about storage.
 */
public interface DrawingStore {

    List<ChartDrawing> load(long instrumentId);

    /** Inserts (id 0) or updates a drawing and returns it with its id. */
    ChartDrawing save(ChartDrawing drawing);

    void delete(long drawingId);

    /** A store that keeps nothing, for charts without persistence. */
    DrawingStore NONE = new DrawingStore() {
        private long next = 1;

        @Override
        public List<ChartDrawing> load(long instrumentId) {
            return List.of();
        }

        @Override
        public ChartDrawing save(ChartDrawing drawing) {
            return drawing.id() != 0 ? drawing : drawing.withId(next++);
        }

        @Override
        public void delete(long drawingId) {
            // nothing is kept
        }
    };
}
