package dev.meridian.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays a {@link PdfReport} out on A4 portrait pages with PDFBox: title, a two-column block of
 * figures, each chart scaled to the page width, then each table with its header repeated on every
 * page it runs onto. Uses the standard Helvetica fonts; characters they cannot encode print as "?".
 */
public final class PdfReportWriter {

    static final float MARGIN = 40;
    static final float ROW = 13;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDDocument doc;
    private PDPageContentStream page;
    private float y;
    private int pages;

    public void write(PdfReport report, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Meridian");
            doc.setDocumentInformation(info);
            newPage();
            text(bold, 18, MARGIN, report.title());
            y -= 22;
            text(regular, 10, MARGIN, report.subtitle());
            y -= 22;
            figures(report.figures());
            for (PdfReport.Chart c : report.charts()) chart(c);
            for (PdfTable t : report.tables()) table(t);
            page.close();
            doc.save(target.toFile());
        } finally {
            page = null;
            doc = null;
        }
    }

    private void newPage() throws IOException {
        if (page != null) page.close();
        PDPage p = new PDPage(PAGE);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        pages++;
        y = PAGE.getHeight() - MARGIN;
        text(regular, 7, PAGE.getWidth() - MARGIN - 40, "Page " + pages);
        y -= 6;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) newPage();
    }

    private void figures(Map<String, String> figures) throws IOException {
        float column = (PAGE.getWidth() - 2 * MARGIN) / 2;
        int i = 0;
        for (var e : figures.entrySet()) {
            if (i % 2 == 0) {
                ensure(ROW);
                y -= ROW;
            }
            float x = MARGIN + (i % 2) * column;
            text(regular, 9, x, e.getKey());
            right(bold, 9, x + column - 12, e.getValue());
            i++;
        }
        y -= 16;
    }

    private void chart(PdfReport.Chart c) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, c.png(), c.caption());
        float width = PAGE.getWidth() - 2 * MARGIN;
        float height = width * image.getHeight() / image.getWidth();
        ensure(height + 24);
        text(bold, 11, MARGIN, c.caption());
        y -= 6;
        page.drawImage(image, MARGIN, y - height, width, height);
        y -= height + 18;
    }

    private void table(PdfTable t) throws IOException {
        ensure(4 * ROW);
        y -= 6;
        text(bold, 11, MARGIN, t.title());
        y -= 4;
        float[] x = columns(t.widths());
        header(t, x);
        for (List<String> row : t.rows()) {
            if (y - ROW < MARGIN) {
                newPage();
                header(t, x);
            }
            y -= ROW;
            cells(regular, t, x, row);
        }
        y -= 12;
    }

    private void header(PdfTable t, float[] x) throws IOException {
        y -= ROW;
        cells(bold, t, x, t.header());
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, y - 3);
        page.lineTo(PAGE.getWidth() - MARGIN, y - 3);
        page.stroke();
    }

    private void cells(PDFont font, PdfTable t, float[] x, List<String> row) throws IOException {
        for (int c = 0; c < row.size() && c < x.length - 1; c++) {
            String cell = fit(font, 8, row.get(c), x[c + 1] - x[c] - 4);
            if (t.numeric()[c]) right(font, 8, x[c + 1] - 4, cell);
            else text(font, 8, x[c], cell);
        }
    }

    private static float[] columns(float[] widths) {
        float sum = 0;
        for (float w : widths) sum += w;
        float[] x = new float[widths.length + 1];
        x[0] = MARGIN;
        float usable = PAGE.getWidth() - 2 * MARGIN;
        for (int i = 0; i < widths.length; i++) x[i + 1] = x[i] + usable * widths[i] / sum;
        return x;
    }

    private void text(PDFont font, float size, float x, String s) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(encodable(font, s));
        page.endText();
    }

    private void right(PDFont font, float size, float rightEdge, String s) throws IOException {
        String safe = encodable(font, s);
        text(font, size, rightEdge - width(font, size, safe), safe);
    }

    private String fit(PDFont font, float size, String s, float max) throws IOException {
        String safe = encodable(font, s);
        if (width(font, size, safe) <= max) return safe;
        while (safe.length() > 1 && width(font, size, safe + "...") > max) safe = safe.substring(0, safe.length() - 1);
        return safe + "...";
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** The text with every character the font cannot encode replaced by "?". */
    static String encodable(PDFont font, String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp == '\u202f' || cp == '\u00a0' ? ' ' : cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
