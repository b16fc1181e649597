package dev.meridian.core.imports.trades;

import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.csv.ColumnRef;
import java.util.Objects;

/**
 * The user's own mapping of a CSV to bookings. Required: date, type, quantity (for buys, sells and
 * splits), and either price or amount. The instrument is named by symbol and/or ISIN. Currency comes
 * from a column or, without one, is the account's.
 */
public record GenericTradeMapping(char delimiter, ColumnRef date, String datePattern, ColumnRef type,
                                  ColumnRef symbol, ColumnRef isin, ColumnRef name, ColumnRef quantity, ColumnRef price,
                                  ColumnRef amount, ColumnRef fee, ColumnRef tax, ColumnRef currency, ColumnRef reference,
                                  NumberStyle numberStyle) {

    public GenericTradeMapping {
        Objects.requireNonNull(date, "date column");
        Objects.requireNonNull(datePattern, "date pattern");
        Objects.requireNonNull(type, "type column");
        Objects.requireNonNull(numberStyle, "number style");
        if (price == null && amount == null) throw new IllegalArgumentException("Map a price or an amount column");
    }
}
