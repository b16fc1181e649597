package dev.meridian.charts.drawing;

import dev.meridian.core.domain.DrawingKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The pixel geometry of a drawing: line segments (with optional labels) and anchor handles. Painting and
 * hit testing both use it, so what you see is what you can click.
 */
public record DrawingShape(List<Segment> segments, List<double[]> handles) {

    public static final double[] FIB_LEVELS = {0, 0.236, 0.382, 0.5, 0.618, 0.786, 1};

    public record Segment(double x1, double y1, double x2, double y2, String label) {
        double distanceTo(double px, double py) {
            double dx = x2 - x1, dy = y2 - y1;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
            double cx = x1 + t * dx, cy = y1 + t * dy;
            return Math.hypot(px - cx, py - cy);
        }
    }

    public static DrawingShape of(Drawing d, ScreenMapper m) {
        List<double[]> handles = new ArrayList<>();
        for (Anchor a : d.anchors()) handles.add(new double[]{m.x(a.time()), m.y(a.price())});
        double[] p0 = handles.get(0);
        double[] p1 = handles.size() > 1 ? handles.get(1) : p0;
        List<Segment> segs = new ArrayList<>();
        switch (d.kind()) {
            case TREND_LINE -> segs.add(new Segment(p0[0], p0[1], p1[0], p1[1], null));
            case RAY -> segs.add(ray(p0, p1, m.left(), m.right()));
            case HORIZONTAL_LINE -> segs.add(new Segment(m.left(), p0[1], m.right(), p0[1], null));
            case RECTANGLE -> {
                segs.add(new Segment(p0[0], p0[1], p1[0], p0[1], null));
                segs.add(new Segment(p1[0], p0[1], p1[0], p1[1], null));
                segs.add(new Segment(p1[0], p1[1], p0[0], p1[1], null));
                segs.add(new Segment(p0[0], p1[1], p0[0], p0[1], null));
            }
            case FIBONACCI -> {
                double left = Math.min(p0[0], p1[0]);
                double right = Math.max(p0[0], p1[0]);
                Anchor a0 = d.anchors().get(0), a1 = d.anchors().get(1);
                for (double level : FIB_LEVELS) {
                    double price = a1.price() - (a1.price() - a0.price()) * level;
                    double y = m.y(price);
                    segs.add(new Segment(left, y, right, y, String.format(java.util.Locale.ROOT, "%.3f (%s)", level,
                            dev.meridian.charts.model.PriceFormat.price(price))));
                }
            }
            case TEXT -> segs.add(new Segment(p0[0], p0[1], p0[0], p0[1], d.text()));
        }
        return new DrawingShape(segs, handles);
    }

    private static Segment ray(double[] p0, double[] p1, double left, double right) {
        double dx = p1[0] - p0[0], dy = p1[1] - p0[1];
        if (dx == 0 && dy == 0) return new Segment(p0[0], p0[1], p1[0], p1[1], null);
        double edge = dx >= 0 ? right : left;
        double t = dx == 0 ? 1e4 : (edge - p0[0]) / dx;
        t = Math.max(t, 1);
        return new Segment(p0[0], p0[1], p0[0] + dx * t, p0[1] + dy * t, null);
    }

    /** True when the point is within {@code tolerance} pixels of a line, inside a rectangle, or on a text note. */
    public boolean hits(DrawingKind kind, double px, double py, double tolerance) {
        for (Segment s : segments) {
            if (kind == DrawingKind.TEXT) {
                double w = Math.max(20, (s.label() == null ? 0 : s.label().length()) * 7.0);
                if (px >= s.x1() - tolerance && px <= s.x1() + w && py >= s.y1() - 16 && py <= s.y1() + tolerance) return true;
            } else if (s.distanceTo(px, py) <= tolerance) {
                return true;
            }
        }
        if (kind == DrawingKind.RECTANGLE) {
            double[] a = handles.get(0), b = handles.get(1);
            return px >= Math.min(a[0], b[0]) && px <= Math.max(a[0], b[0]) && py >= Math.min(a[1], b[1]) && py <= Math.max(a[1], b[1]);
        }
        return false;
    }

    /** Index of the handle within {@code tolerance} pixels of the point, or -1. */
    public int handleAt(double px, double py, double tolerance) {
        for (int i = 0; i < handles.size(); i++) {
            double[] h = handles.get(i);
            if (Math.hypot(px - h[0], py - h[1]) <= tolerance) return i;
        }
        return -1;
    }
}
