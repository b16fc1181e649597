package dev.meridian.charts.ui;

import dev.meridian.charts.drawing.Anchor;
import dev.meridian.charts.drawing.Drawing;
import dev.meridian.charts.drawing.DrawingBook;
import dev.meridian.charts.drawing.DrawingShape;
import dev.meridian.charts.drawing.ScreenMapper;
import dev.meridian.charts.model.Viewport;
import dev.meridian.core.domain.DrawingKind;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Mouse and keyboard on the chart: wheel zoom around the cursor, drag pan, double-click reset, arrow/+/-/
 * Home/End keys, and the drawing tools (place anchors by clicking, select, drag, Delete).
 */
final class ChartInteraction {

    private static final double ZOOM_STEP = 0.85;
    private static final double HIT_TOLERANCE = 6;

    private final CandleChart chart;
    private DrawingBook book;
    private DrawingKind tool;
    private final List<Anchor> pending = new ArrayList<>();
    private Anchor cursorAnchor;
    private double pressX;
    private double pressFirst;
    private Drawing dragOriginal;
    private int dragHandle = -1;
    private double pressIndex;
    private double pressPrice;
    private boolean panning;
    private Supplier<String> noteText = () -> "Note";
    private Runnable onToolDone = () -> { };

    ChartInteraction(CandleChart chart) {
        this.chart = chart;
        chart.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        chart.addEventFilter(MouseEvent.MOUSE_MOVED, this::onMove);
        chart.addEventFilter(MouseEvent.MOUSE_EXITED, e -> chartOverlay().setHover(Double.NaN, Double.NaN));
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPress);
        chart.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        chart.addEventFilter(MouseEvent.MOUSE_RELEASED, this::onRelease);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    void setDrawingBook(DrawingBook newBook) {
        book = newBook;
        pending.clear();
    }

    void setNoteText(Supplier<String> supplier) {
        noteText = supplier;
    }

    void setOnToolDone(Runnable action) {
        onToolDone = action;
    }

    void setTool(DrawingKind kind) {
        tool = kind;
        pending.clear();
        cursorAnchor = null;
        chartOverlay().invalidate();
    }

    List<Drawing> drawings() {
        return book == null ? List.of() : book.drawings();
    }

    long selectedId() {
        return book == null ? 0 : book.selected().map(Drawing::id).orElse(0L);
    }

    /** The drawing being placed, following the cursor; null when no tool is armed. */
    Drawing preview() {
        if (tool == null || pending.isEmpty() || cursorAnchor == null) return null;
        List<Anchor> anchors = new ArrayList<>(pending);
        while (anchors.size() < Drawing.anchorCount(tool)) anchors.add(cursorAnchor);
        return new Drawing(0, tool, anchors.subList(0, Drawing.anchorCount(tool)), "", "");
    }

    private ChartOverlay chartOverlay() {
        return chart.overlay();
    }

    private PlotMapping priceMap() {
        return chart.mapping(chart.pricePane().pane);
    }

    private Anchor anchorAt(PlotMapping m, double x, double y) {
        return new Anchor(chart.scale().timeAt(Math.round(m.index(x))), m.value(y));
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        PlotMapping m = priceMap();
        double anchor = m.index(Math.max(m.left(), Math.min(m.left() + m.width(), e.getX())));
        chart.viewport().zoom(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, anchor);
        chart.invalidateFrame();
        e.consume();
    }

    private void onMove(MouseEvent e) {
        if (tool != null && !pending.isEmpty()) {
            PlotMapping m = priceMap();
            cursorAnchor = anchorAt(m, e.getX(), e.getY());
        }
        chartOverlay().setHover(e.getX(), e.getY());
    }

    private void onPress(MouseEvent e) {
        chart.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) return;
        PlotMapping m = priceMap();
        boolean inPrice = m.contains(e.getX(), e.getY());
        if (tool != null && book != null && inPrice) {
            placeAnchor(m, e.getX(), e.getY());
            e.consume();
            return;
        }
        // Before the double-click reset: grabbing a drawing right after placing or dropping it is a drag, not a reset.
        if (book != null && inPrice && startDrawingDrag(m, e.getX(), e.getY())) {
            e.consume();
            return;
        }
        if (e.getClickCount() == 2 && tool == null) {
            chart.viewport().reset();
            chart.invalidateFrame();
            e.consume();
            return;
        }
        if (book != null) book.clearSelection();
        panning = true;
        pressX = e.getX();
        pressFirst = chart.viewport().first();
        e.consume();
    }

    private void placeAnchor(PlotMapping m, double x, double y) {
        pending.add(anchorAt(m, x, y));
        cursorAnchor = pending.getLast();
        if (pending.size() == Drawing.anchorCount(tool)) {
            String text = tool == DrawingKind.TEXT ? noteText.get() : "";
            boolean cancelled = tool == DrawingKind.TEXT && (text == null || text.isBlank());
            if (!cancelled) book.create(tool, List.copyOf(pending), text, "");
            tool = null;
            pending.clear();
            chartOverlay().invalidate();
            onToolDone.run();
            return;
        }
        chartOverlay().invalidate();
    }

    private boolean startDrawingDrag(PlotMapping m, double x, double y) {
        ScreenMapper mapper = chartOverlay().screenMapper(m);
        List<Drawing> all = book.drawings();
        for (int i = all.size() - 1; i >= 0; i--) {
            Drawing d = all.get(i);
            DrawingShape shape = DrawingShape.of(d, mapper);
            int handle = shape.handleAt(x, y, HIT_TOLERANCE);
            if (handle >= 0 || shape.hits(d.kind(), x, y, HIT_TOLERANCE)) {
                book.select(d.id());
                dragOriginal = d;
                dragHandle = handle;
                pressIndex = m.index(x);
                pressPrice = m.value(y);
                return true;
            }
        }
        return false;
    }

    private void onDrag(MouseEvent e) {
        if (dragOriginal != null) {
            PlotMapping m = priceMap();
            if (dragHandle >= 0) {
                book.moveAnchor(dragOriginal.id(), dragHandle, anchorAt(m, e.getX(), e.getY()));
            } else {
                book.move(dragOriginal.id(), dragOriginal, m.index(e.getX()) - pressIndex, m.value(e.getY()) - pressPrice, chart.scale());
            }
            e.consume();
            return;
        }
        if (!panning) return;
        PlotMapping m = priceMap();
        double barsPerPixel = (m.last() - m.first()) / m.width();
        Viewport v = chart.viewport();
        v.pan(pressFirst - (e.getX() - pressX) * barsPerPixel - v.first());
        chart.invalidateFrame();
        chartOverlay().setHover(e.getX(), e.getY());
        e.consume();
    }

    private void onRelease(MouseEvent e) {
        if (dragOriginal != null) {
            book.commit(dragOriginal.id());
            dragOriginal = null;
            dragHandle = -1;
        }
        panning = false;
    }

    private void onKey(KeyEvent e) {
        Viewport v = chart.viewport();
        double center = (v.first() + v.last()) / 2;
        switch (e.getCode()) {
            case LEFT -> v.pan(-Math.max(1, v.span() * 0.1));
            case RIGHT -> v.pan(Math.max(1, v.span() * 0.1));
            case PLUS, EQUALS, ADD -> v.zoom(0.8, center);
            case MINUS, SUBTRACT -> v.zoom(1.25, center);
            case HOME -> v.scrollToStart();
            case END -> v.scrollToEnd();
            case DELETE, BACK_SPACE -> {
                if (book != null) book.deleteSelected();
            }
            case ESCAPE -> {
                if (tool != null) {
                    setTool(null);
                    onToolDone.run();
                }
            }
            default -> {
                return;
            }
        }
        chart.invalidateFrame();
        e.consume();
    }
}
