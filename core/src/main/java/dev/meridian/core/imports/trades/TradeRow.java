package dev.meridian.core.imports.trades;

import dev.meridian.core.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a broker file, read but not yet tied to an account or instrument. {@code amount} is the
 * signed cash effect in {@code currency} (null: derive it from quantity and price); {@code quantity},
 * {@code fee} and {@code tax} are non-negative; {@code price} is per unit in {@code priceCurrency}.
 * {@code reference} is the broker's id for the row when it is unique per row, else null.
 */
public record TradeRow(long line, LocalDate date, TransactionType type, String symbol, String isin, String name,
                       BigDecimal quantity, BigDecimal price, String priceCurrency, BigDecimal amount, String currency,
                       BigDecimal fee, BigDecimal tax, String reference, String note) {

    public TradeRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
    }

    public boolean namesInstrument() {
        return (symbol != null && !symbol.isBlank()) || (isin != null && !isin.isBlank());
    }
}
