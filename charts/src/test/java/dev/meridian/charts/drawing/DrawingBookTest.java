package dev.meridian.charts.drawing;

import dev.meridian.charts.axis.BarTimeScale;
import dev.meridian.core.domain.ChartDrawing;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.market.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DrawingBookTest {

    /** Keeps drawings in memory and counts writes, like the app's repository-backed store. */
    static final class MemoryStore implements DrawingStore {
        final Map<Long, ChartDrawing> rows = new LinkedHashMap<>();
        int saves;
        long next = 1;

        @Override
        public List<ChartDrawing> load(long instrumentId) {
            return rows.values().stream().filter(r -> r.instrumentId() == instrumentId).toList();
        }

        @Override
        public ChartDrawing save(ChartDrawing d) {
            saves++;
            ChartDrawing withId = d.id() == 0 ? d.withId(next++) : d;
            rows.put(withId.id(), withId);
            return withId;
        }

        @Override
        public void delete(long id) {
            rows.remove(id);
        }
    }

    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private final Clock clock = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
    // Thu, Fri, Mon, Tue, Wed
    private final long[] times = {t("2024-03-07T00:00:00Z"), t("2024-03-08T00:00:00Z"), t("2024-03-11T00:00:00Z"),
            t("2024-03-12T00:00:00Z"), t("2024-03-13T00:00:00Z")};
    private final BarTimeScale scale = new BarTimeScale(times, times.length, Timeframe.D1);

    @Test
    void createMoveAndDeleteArePersistedAndSurviveReloading() {
        MemoryStore store = new MemoryStore();
        DrawingBook book = new DrawingBook(42, store, clock);
        Drawing line = book.create(DrawingKind.TREND_LINE, List.of(new Anchor(times[0], 100), new Anchor(times[1], 110)), "", "color=#1976d2");

        assertThat(line.id()).isPositive();
        assertThat(book.selected()).contains(line);
        assertThat(store.rows.get(line.id()).anchors()).isEqualTo(times[0] + ":100.0;" + times[1] + ":110.0");

        // drag one bar to the right and +5 in price: Fri -> Mon across the weekend, Thu -> Fri
        Drawing moved = book.move(line.id(), line, 1.2, 5, scale);
        assertThat(moved.anchors()).containsExactly(new Anchor(times[1], 105), new Anchor(times[2], 115));
        assertThat(store.saves).as("nothing saved during the drag").isEqualTo(1);
        book.commit(line.id());
        assertThat(store.saves).isEqualTo(2);

        DrawingBook reloaded = new DrawingBook(42, store, clock);
        assertThat(reloaded.drawings()).containsExactly(moved);
        assertThat(new DrawingBook(7, store, clock).drawings()).as("other instrument").isEmpty();

        assertThat(reloaded.deleteSelected()).as("nothing selected").isFalse();
        reloaded.select(moved.id());
        assertThat(reloaded.deleteSelected()).isTrue();
        assertThat(reloaded.drawings()).isEmpty();
        assertThat(store.rows).isEmpty();
    }

    @Test
    void anchorsRoundTripThroughTheStoredText() {
        List<Anchor> anchors = List.of(new Anchor(1_700_000_000_123L, 1.23456789), new Anchor(-5, -0.5), new Anchor(0, 1e-9));
        String text = AnchorCodec.format(anchors);
        assertThat(AnchorCodec.parse(text)).isEqualTo(anchors);

        ChartDrawing rec = new ChartDrawing(3, 42, DrawingKind.FIBONACCI, text.substring(0, text.lastIndexOf(';')), "", "", clock.instant());
        Drawing d = DrawingBook.fromRecord(rec);
        assertThat(new DrawingBook(42, DrawingStore.NONE, clock).toRecord(d)).isEqualTo(rec);
    }

    @Test
    void malformedAnchorsAndWrongAnchorCountsAreRejectedClearly() {
        assertThatThrownBy(() -> AnchorCodec.parse("123:4.5;oops")).hasMessageContaining("Anchor 2 'oops'");
        assertThatThrownBy(() -> AnchorCodec.parse("12x:4.5")).hasMessageContaining("malformed number");
        assertThatThrownBy(() -> AnchorCodec.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> new Drawing(0, DrawingKind.RECTANGLE, List.of(new Anchor(1, 1)), "", ""))
                .hasMessageContaining("RECTANGLE needs 2 anchor(s), got 1");
    }

    @Test
    void shapesAreHitNearTheirLinesAndHandles() {
        ScreenMapper m = new ScreenMapper() {
            public double x(long time) { return scale.indexOf(time) * 100; }
            public double y(double price) { return 1000 - price; }
            public double left() { return 0; }
            public double right() { return 800; }
        };
        Drawing line = new Drawing(1, DrawingKind.TREND_LINE, List.of(new Anchor(times[0], 100), new Anchor(times[2], 300)), "", "");
        DrawingShape shape = DrawingShape.of(line, m);
        assertThat(shape.hits(DrawingKind.TREND_LINE, 100, 800, 3)).isTrue();
        assertThat(shape.hits(DrawingKind.TREND_LINE, 100, 760, 3)).isFalse();
        assertThat(shape.handleAt(200, 700, 5)).isEqualTo(1);

        Drawing h = new Drawing(2, DrawingKind.HORIZONTAL_LINE, List.of(new Anchor(times[0], 500)), "", "");
        assertThat(DrawingShape.of(h, m).hits(DrawingKind.HORIZONTAL_LINE, 790, 501, 3)).isTrue();

        Drawing fib = new Drawing(3, DrawingKind.FIBONACCI, List.of(new Anchor(times[0], 100), new Anchor(times[1], 200)), "", "");
        List<Double> levels = new ArrayList<>();
        for (DrawingShape.Segment s : DrawingShape.of(fib, m).segments()) levels.add(1000 - s.y1());
        assertThat(levels).zipSatisfy(List.of(200.0, 176.4, 161.8, 150.0, 138.2, 121.4, 100.0),
                (actual, expected) -> assertThat(actual).isCloseTo(expected, within(1e-9)));

        Drawing ray = new Drawing(4, DrawingKind.RAY, List.of(new Anchor(times[0], 100), new Anchor(times[1], 110)), "", "");
        DrawingShape.Segment rs = DrawingShape.of(ray, m).segments().getFirst();
        assertThat(rs.x2()).isEqualTo(800);
        assertThat(1000 - rs.y2()).isEqualTo(180.0);
    }
}
