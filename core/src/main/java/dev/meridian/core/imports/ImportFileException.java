package dev.meridian.core.imports;

/**
 * The file as a whole cannot be read (truncated OFX, unterminated quote, unknown format). The message
 * names the line when there is one; nothing is written when this is thrown.
 */
public final class ImportFileException extends RuntimeException {

    private final long line;

    public ImportFileException(long line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    /** 1-based line of the problem, 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
