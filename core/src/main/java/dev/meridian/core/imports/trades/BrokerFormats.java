package dev.meridian.core.imports.trades;

import dev.meridian.core.imports.csv.CsvReader;
import dev.meridian.core.imports.csv.CsvRecord;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The broker layouts Meridian knows, and which one a file is. */
public final class BrokerFormats {

    public static final List<BrokerFormat> KNOWN = List.of(new Trading212Format(), new DegiroFormat());

    private BrokerFormats() {}

    /** The known format whose header the file starts with, if any. */
    public static Optional<BrokerFormat> detect(CharSequence text) {
        Iterator<CsvRecord> it = new CsvReader(text, ',').iterator();
        while (it.hasNext()) {
            CsvRecord first = it.next();
            if (first.isBlank()) continue;
            return KNOWN.stream().filter(f -> f.recognizes(first.fields())).findFirst();
        }
        return Optional.empty();
    }
}
