package dev.meridian.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes RFC 4180 CSV: records end with CRLF; a field containing a comma, a double quote, CR or LF
 * is enclosed in double quotes with inner quotes doubled. Decimals are written exactly, in plain
 * notation ({@link BigDecimal#toPlainString()}), never through a double.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) out.write(',');
                out.write(escape(text(fields.get(i))));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write CSV", e);
        }
    }

    public CsvWriter row(Object... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    static String text(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal d) return d.toPlainString();
        return value.toString();
    }

    static String escape(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
