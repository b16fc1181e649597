package dev.meridian.app.export;

import java.util.List;
import java.util.Map;

/**
 * The content of a PDF report, already formatted: a title and subtitle, labelled figures, charts
 * as PNG images with captions, and tables. {@link PdfReportWriter} lays it out on A4 pages.
 */
public record PdfReport(String title, String subtitle, Map<String, String> figures, List<Chart> charts, List<PdfTable> tables) {

    public record Chart(String caption, byte[] png) {}

    public PdfReport {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }
}
