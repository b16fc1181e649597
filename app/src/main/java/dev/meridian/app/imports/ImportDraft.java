package dev.meridian.app.imports;

import dev.meridian.core.domain.Account;
import dev.meridian.core.imports.DatePatterns;
import dev.meridian.core.imports.DecodedText;
import dev.meridian.core.imports.DetectedFormat;
import dev.meridian.core.imports.ImportPreview;
import dev.meridian.core.imports.bank.BankImportPlanner;
import dev.meridian.core.imports.bank.CsvBankMapping;
import dev.meridian.core.imports.bank.CsvBankReader;
import dev.meridian.core.imports.bank.CsvMappingGuess;
import dev.meridian.core.imports.ofx.OfxReader;
import dev.meridian.core.imports.qif.QifReader;
import dev.meridian.core.imports.trades.TradeImportPlanner;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A file the user picked, decoded and recognised, with the first mapping guess for a bank CSV. It
 * turns into an {@link ImportPreview} for an account. Plain Java: runs on a background thread.
 */
record ImportDraft(Path path, byte[] bytes, DecodedText text, DetectedFormat format, CsvMappingGuess guess,
                   DatePatterns.Detection qifDates) {

    /** Reads and decodes the file; {@code charset} null means detect. */
    static ImportDraft load(Path path, Charset charset) throws IOException {
        if (!Files.isRegularFile(path)) throw new IOException("No file at " + path);
        byte[] bytes = Files.readAllBytes(path);
        return decode(path, bytes, charset);
    }

    static ImportDraft decode(Path path, byte[] bytes, Charset charset) {
        DecodedText text = charset == null ? DecodedText.detect(bytes) : DecodedText.forced(bytes, charset);
        DetectedFormat format = DetectedFormat.detect(path.getFileName().toString(), text.text());
        CsvMappingGuess guess = format.kind() == DetectedFormat.Kind.BANK_CSV ? CsvMappingGuess.of(text.text()) : null;
        DatePatterns.Detection qif = format.kind() == DetectedFormat.Kind.QIF ? QifReader.dates(text.text()) : null;
        return new ImportDraft(path, bytes, text, format, guess, qif);
    }

    /** The same bytes in another encoding. */
    ImportDraft withCharset(Charset charset) {
        return decode(path, bytes, charset);
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** What importing into {@code account} would do; {@code mapping} for bank CSV, {@code datePattern} for QIF. */
    ImportPreview preview(Account account, CsvBankMapping mapping, String datePattern, Set<String> existingKeys,
                          TradeImportPlanner.InstrumentLookup instruments) {
        String t = text.text();
        return switch (format.kind()) {
            case OFX -> BankImportPlanner.plan(OfxReader.read(t), account, existingKeys, fileName());
            case QIF -> BankImportPlanner.plan(QifReader.read(t, datePattern), account, existingKeys, fileName());
            case BANK_CSV -> {
                if (mapping == null) throw new IllegalArgumentException("Map at least the date and amount columns");
                yield BankImportPlanner.plan(CsvBankReader.read(t, mapping), account, existingKeys, fileName());
            }
            case BROKER_CSV -> TradeImportPlanner.plan(format.broker().read(t), account, existingKeys, instruments, fileName());
        };
    }
}
