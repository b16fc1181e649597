package dev.meridian.app.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines of text and bars top to bottom on A4 pages, starting a new page when one is full.
 * Standard 14 fonts only know WinAnsi: characters they cannot show are written as '?'.
 */
final class PdfPageWriter implements AutoCloseable {

    static final float MARGIN = 50;
    static final float LINE = 15;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    PdfPageWriter(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void heading(String text) throws IOException {
        room(2 * LINE);
        y -= 6;
        text(MARGIN, text, bold, 13);
        y -= LINE + 2;
    }

    /** One row of cells at the given x offsets (from the left margin); {@code boldRow} for header rows. */
    void row(float[] offsets, String[] cells, boolean boldRow) throws IOException {
        room(LINE);
        for (int i = 0; i < cells.length; i++) text(MARGIN + offsets[i], cells[i], boldRow ? bold : regular, 9.5f);
        y -= LINE;
    }

    /** A progress bar on the row just written: grey track, fill clamped to the track, red when over. */
    void barOnLastRow(float offset, float width, double fraction) throws IOException {
        float top = y + LINE - 3;
        stream.setNonStrokingColor(0.88f, 0.88f, 0.88f);
        stream.addRect(MARGIN + offset, top - 8, width, 8);
        stream.fill();
        if (fraction > 1) stream.setNonStrokingColor(0.80f, 0.20f, 0.20f);
        else if (fraction >= 0.8) stream.setNonStrokingColor(0.90f, 0.60f, 0.10f);
        else stream.setNonStrokingColor(0.20f, 0.55f, 0.35f);
        stream.addRect(MARGIN + offset, top - 8, (float) (width * Math.clamp(fraction, 0, 1)), 8);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
    }

    void title(String text) throws IOException {
        text(MARGIN, text, bold, 18);
        y -= 2 * LINE;
    }

    void line(String text) throws IOException {
        room(LINE);
        text(MARGIN, text, regular, 10.5f);
        y -= LINE;
    }

    private void text(float x, String s, PDType1Font font, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(printable(s, font));
        stream.endText();
    }

    static String printable(String s, PDType1Font font) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        }
        return out.toString();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) newPage();
    }

    private void newPage() throws IOException {
        if (stream != null) stream.close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
