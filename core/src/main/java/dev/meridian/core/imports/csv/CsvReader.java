package dev.meridian.core.imports.csv;

import dev.meridian.core.imports.ImportFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * RFC 4180 records from text: fields separated by one delimiter, optionally in double quotes, where a
 * quoted field may hold delimiters, line breaks and doubled quotes ({@code ""}). Lines end in CRLF, LF
 * or CR. A leading byte-order mark is skipped. An unterminated quote is an error naming its line.
 * Streams: records are produced one at a time, so a million-row file is never held twice.
 */
public final class CsvReader implements Iterable<CsvRecord> {

    private final CharSequence text;
    private final char delimiter;

    public CsvReader(CharSequence text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** All records; convenient for small files and previews. */
    public List<CsvRecord> readAll() {
        List<CsvRecord> all = new ArrayList<>();
        for (CsvRecord r : this) all.add(r);
        return all;
    }

    @Override
    public Iterator<CsvRecord> iterator() {
        return new Iterator<>() {
            private int pos = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
            private long line = 1;

            @Override
            public boolean hasNext() {
                return pos < text.length();
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                long start = line;
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                int n = text.length();
                while (true) {
                    if (pos < n && text.charAt(pos) == '"' && field.isEmpty()) {
                        readQuoted(field, start);
                        // After the closing quote only a delimiter or the end of the line may follow.
                        if (pos < n && text.charAt(pos) != delimiter && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                            throw new ImportFileException(line, "unexpected text after a closing quote in field " + (fields.size() + 1));
                        }
                    } else {
                        while (pos < n) {
                            char c = text.charAt(pos);
                            if (c == delimiter || c == '\n' || c == '\r') break;
                            field.append(c);
                            pos++;
                        }
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    if (pos >= n) break;
                    char c = text.charAt(pos);
                    if (c == delimiter) {
                        pos++;
                        continue;
                    }
                    pos += (c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') ? 2 : 1;
                    line++;
                    break;
                }
                return new CsvRecord(start, fields);
            }

            private void readQuoted(StringBuilder field, long start) {
                int n = text.length();
                pos++;
                while (true) {
                    if (pos >= n) throw new ImportFileException(start, "a quoted field is never closed (missing \")");
                    char c = text.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                            field.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        return;
                    }
                    if (c == '\r' || c == '\n') {
                        if (c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') {
                            field.append('\r');
                            pos++;
                        }
                        line++;
                    }
                    field.append(c);
                    pos++;
                }
            }
        };
    }
}
