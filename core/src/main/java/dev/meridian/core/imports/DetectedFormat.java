package dev.meridian.core.imports;

import dev.meridian.core.imports.ofx.OfxReader;
import dev.meridian.core.imports.qif.QifReader;
import dev.meridian.core.imports.trades.BrokerFormat;
import dev.meridian.core.imports.trades.BrokerFormats;
import java.util.Locale;

/** What kind of file the user picked: by content first (OFX and QIF say so), then broker headers, else CSV. */
public record DetectedFormat(Kind kind, BrokerFormat broker) {

    public enum Kind { OFX, QIF, BROKER_CSV, BANK_CSV }

    public static DetectedFormat detect(String fileName, String text) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (OfxReader.looksLikeOfx(text) || lower.endsWith(".ofx") || lower.endsWith(".qfx")) return new DetectedFormat(Kind.OFX, null);
        if (QifReader.looksLikeQif(text) || lower.endsWith(".qif")) return new DetectedFormat(Kind.QIF, null);
        return BrokerFormats.detect(text).map(b -> new DetectedFormat(Kind.BROKER_CSV, b)).orElse(new DetectedFormat(Kind.BANK_CSV, null));
    }

    public String label() {
        return switch (kind) {
            case OFX -> "OFX / QFX bank statement";
            case QIF -> "QIF (Quicken) bank statement";
            case BROKER_CSV -> broker.name() + " (CSV)";
            case BANK_CSV -> "Bank CSV — map the columns";
        };
    }
}
