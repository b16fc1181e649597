package dev.meridian.charts.drawing;

import dev.meridian.charts.axis.BarTimeScale;
import dev.meridian.core.domain.ChartDrawing;
import dev.meridian.core.domain.DrawingKind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The drawings of one instrument: create, select, move, delete; persisted through a {@link DrawingStore}.
 * Moves happen in bar-index space (so a line dragged across a weekend keeps its shape) and are saved once,
 * when the drag ends.
 */
public final class DrawingBook {

    private final long instrumentId;
    private final DrawingStore store;
    private final Clock clock;
    private final List<Drawing> drawings = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private long selectedId;

    public DrawingBook(long instrumentId, DrawingStore store, Clock clock) {
        this.instrumentId = instrumentId;
        this.store = store;
        this.clock = clock;
        for (ChartDrawing d : store.load(instrumentId)) drawings.add(fromRecord(d));
    }

    public List<Drawing> drawings() {
        return List.copyOf(drawings);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public Drawing create(DrawingKind kind, List<Anchor> anchors, String text, String style) {
        Drawing d = new Drawing(0, kind, anchors, text, style);
        ChartDrawing saved = store.save(toRecord(d));
        Drawing withId = d.withId(saved.id());
        drawings.add(withId);
        selectedId = withId.id();
        changed();
        return withId;
    }

    public Optional<Drawing> find(long id) {
        return drawings.stream().filter(d -> d.id() == id).findFirst();
    }

    public Optional<Drawing> selected() {
        return find(selectedId);
    }

    public void select(long id) {
        selectedId = id;
        changed();
    }

    public void clearSelection() {
        select(0);
    }

    /** Shifts a drawing by whole bars and a price delta without saving; call {@link #commit} when the drag ends. */
    public Drawing move(long id, Drawing original, double barDelta, double priceDelta, BarTimeScale scale) {
        List<Anchor> moved = new ArrayList<>(original.anchors().size());
        long bars = Math.round(barDelta);
        for (Anchor a : original.anchors()) {
            long t = scale.timeAt(Math.round(scale.indexOf(a.time())) + bars);
            moved.add(new Anchor(t, a.price() + priceDelta));
        }
        Drawing updated = original.withAnchors(moved);
        replace(id, updated);
        return updated;
    }

    /** Replaces one anchor (dragging a handle) without saving. */
    public Drawing moveAnchor(long id, int anchorIndex, Anchor to) {
        Drawing d = require(id);
        List<Anchor> anchors = new ArrayList<>(d.anchors());
        if (anchorIndex < 0 || anchorIndex >= anchors.size()) {
            throw new IllegalArgumentException("Drawing " + id + " has no anchor " + anchorIndex);
        }
        anchors.set(anchorIndex, to);
        Drawing updated = d.withAnchors(anchors);
        replace(id, updated);
        return updated;
    }

    public void commit(long id) {
        store.save(toRecord(require(id)));
    }

    public boolean delete(long id) {
        boolean removed = drawings.removeIf(d -> d.id() == id);
        if (!removed) return false;
        store.delete(id);
        if (selectedId == id) selectedId = 0;
        changed();
        return true;
    }

    public boolean deleteSelected() {
        return selectedId != 0 && delete(selectedId);
    }

    public ChartDrawing toRecord(Drawing d) {
        return new ChartDrawing(d.id(), instrumentId, d.kind(), AnchorCodec.format(d.anchors()), d.text(), d.style(), clock.instant());
    }

    public static Drawing fromRecord(ChartDrawing r) {
        return new Drawing(r.id(), r.kind(), AnchorCodec.parse(r.anchors()), r.text(), r.style());
    }

    private Drawing require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No drawing with id " + id));
    }

    private void replace(long id, Drawing updated) {
        for (int i = 0; i < drawings.size(); i++) {
            if (drawings.get(i).id() == id) {
                drawings.set(i, updated);
                changed();
                return;
            }
        }
        throw new IllegalArgumentException("No drawing with id " + id);
    }

    private void changed() {
        for (Runnable r : listeners) r.run();
    }
}
