package dev.meridian.core.imports.trades;

import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.csv.CsvReader;
import dev.meridian.core.imports.csv.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * DEGIRO's "Transactions" export (Inbox → Transactions → Export → CSV), English layout:
 * {@code Date, Time, Product, ISIN, Reference exchange, Venue, Quantity, Price, <ccy>, Local value, <ccy>,
 * Value, <ccy>, Exchange rate, Transaction and/or third party fees, <ccy>, Total, <ccy>, Order ID} — the
 * currency of several columns is in the unnamed column after them; newer files name it in the header
 * instead ({@code Value EUR, AutoFX Fee, Transaction and/or third party fees EUR, Total EUR}). Dates are
 * {@code dd-MM-yyyy}; quantity is negative for sales, totals and fees negative for money out. The file
 * has no ticker: instruments are found by ISIN. One order can fill in several rows with the same Order
 * ID, so rows are told apart by content, not by that id.
 */
public final class DegiroFormat implements BrokerFormat {

    @Override
    public String name() {
        return "DEGIRO transactions";
    }

    @Override
    public boolean recognizes(List<String> header) {
        HeaderColumns h = new HeaderColumns(header);
        return h.find("Product") >= 0 && h.find("ISIN") >= 0 && h.find("Venue") >= 0 && h.startingWith("Total") >= 0
                && h.find("Order ID") >= 0;
    }

    @Override
    public TradeFile read(CharSequence text) {
        Iterator<CsvRecord> it = new CsvReader(text, ',').iterator();
        if (!it.hasNext()) return new TradeFile(name(), List.of(), List.of(new RowError(1, null, "the file is empty")), 0);
        HeaderColumns h = new HeaderColumns(it.next().fields());
        List<CsvRecord> records = new ArrayList<>();
        it.forEachRemaining(r -> {
            if (!r.isBlank()) records.add(r);
        });
        int date = h.find("Date");
        int product = h.find("Product");
        int isin = h.find("ISIN");
        int quantity = h.find("Quantity");
        int price = h.find("Price");
        int total = h.startingWith("Total");
        int fees = h.startingWith("Transaction and/or third");
        int autoFx = h.find("AutoFX Fee");
        int order = h.find("Order ID");
        HeaderColumns.Currency priceCcy = h.currencyOf(price);
        HeaderColumns.Currency totalCcy = h.currencyOf(total);
        NumberStyle style = NumberStyle.detect(values(records, price, total, fees), NumberStyle.DOT_DECIMAL);
        List<TradeRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (CsvRecord r : records) {
            FieldReader f = new FieldReader(r, h, style, errors);
            LocalDate day = f.date(date, "dd-MM-yyyy");
            BigDecimal qty = f.required(quantity);
            BigDecimal px = f.required(price);
            BigDecimal amount = f.required(total);
            BigDecimal fee = BigDecimal.ZERO;
            for (int col : new int[] {fees, autoFx}) {
                BigDecimal v = f.optional(col);
                if (v != null) fee = fee.add(v.abs());
            }
            if (!f.ok()) continue;
            if (qty.signum() == 0) {
                f.fail(quantity, "quantity is 0: not a buy or a sell");
                continue;
            }
            TransactionType type = qty.signum() > 0 ? TransactionType.BUY : TransactionType.SELL;
            String orderId = f.text(order);
            rows.add(new TradeRow(r.line(), day, type, null, f.text(isin), f.text(product), qty.abs(), px, priceCcy.of(r),
                    TradeSigns.cashEffect(type, amount), totalCcy.of(r), fee, BigDecimal.ZERO, null,
                    orderId == null ? null : "Order " + orderId));
        }
        return new TradeFile(name(), rows, errors, 0);
    }

    private static List<String> values(List<CsvRecord> records, int... cols) {
        List<String> values = new ArrayList<>();
        for (CsvRecord r : records) {
            for (int c : cols) if (c >= 0) values.add(r.get(c));
        }
        return values;
    }
}
