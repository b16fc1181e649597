package dev.meridian.core.imports.trades;

import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.csv.ColumnRef;
import dev.meridian.core.imports.csv.CsvReader;
import dev.meridian.core.imports.csv.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Any trade CSV with a header, read through a {@link GenericTradeMapping} the user made. */
public final class GenericTradeFormat implements BrokerFormat {

    private final GenericTradeMapping m;

    public GenericTradeFormat(GenericTradeMapping mapping) {
        this.m = mapping;
    }

    @Override
    public String name() {
        return "Generic trade CSV";
    }

    @Override
    public boolean recognizes(List<String> header) {
        return m.date().resolve(header) >= 0 && m.type().resolve(header) >= 0;
    }

    @Override
    public TradeFile read(CharSequence text) {
        Iterator<CsvRecord> it = new CsvReader(text, m.delimiter()).iterator();
        if (!it.hasNext()) return new TradeFile(name(), List.of(), List.of(new RowError(1, null, "the file is empty")), 0);
        List<String> names = it.next().fields();
        HeaderColumns h = new HeaderColumns(names);
        List<RowError> errors = new ArrayList<>();
        int date = col(m.date(), names, errors);
        int type = col(m.type(), names, errors);
        int symbol = col(m.symbol(), names, errors);
        int isin = col(m.isin(), names, errors);
        int name = col(m.name(), names, errors);
        int quantity = col(m.quantity(), names, errors);
        int price = col(m.price(), names, errors);
        int amount = col(m.amount(), names, errors);
        int fee = col(m.fee(), names, errors);
        int tax = col(m.tax(), names, errors);
        int currency = col(m.currency(), names, errors);
        int reference = col(m.reference(), names, errors);
        List<TradeRow> rows = new ArrayList<>();
        if (!errors.isEmpty()) return new TradeFile(name(), rows, errors, 0);
        while (it.hasNext()) {
            CsvRecord r = it.next();
            if (r.isBlank()) continue;
            FieldReader f = new FieldReader(r, h, m.numberStyle(), errors);
            TransactionType t = TradeTypeNames.of(f.text(type));
            if (t == null) {
                f.fail(type, "unknown type '" + r.get(type).strip() + "' (use buy, sell, dividend, interest, fee, tax, deposit, withdrawal or split)");
                continue;
            }
            LocalDate day = f.date(date, m.datePattern());
            BigDecimal qty = t.movesSecurities() ? f.required(quantity) : f.optional(quantity);
            BigDecimal px = f.optional(price);
            BigDecimal cash = amount >= 0 ? f.optional(amount) : null;
            BigDecimal feeValue = orZero(f.optional(fee));
            BigDecimal taxValue = orZero(f.optional(tax));
            if (!f.ok()) continue;
            if (t.movesSecurities() && qty == null) {
                f.fail(quantity, t + " needs a quantity");
                continue;
            }
            if (cash == null && (t == TransactionType.BUY || t == TransactionType.SELL)) {
                if (px == null) {
                    f.fail(price, t + " needs a price or an amount");
                    continue;
                }
                cash = TradeSigns.derived(t, qty.abs(), px, feeValue.abs(), taxValue.abs());
            } else if (cash == null && t != TransactionType.SPLIT) {
                f.fail(amount >= 0 ? amount : price, t + " needs an amount");
                continue;
            }
            String ccy = f.text(currency);
            rows.add(new TradeRow(r.line(), day, t, f.text(symbol), f.text(isin), f.text(name), qty == null ? null : qty.abs(), px,
                    ccy == null ? null : ccy.toUpperCase(Locale.ROOT), TradeSigns.cashEffect(t, cash),
                    ccy == null ? null : ccy.toUpperCase(Locale.ROOT), feeValue.abs(), taxValue.abs(), f.text(reference), null));
        }
        return new TradeFile(name(), rows, errors, 0);
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static int col(ColumnRef ref, List<String> header, List<RowError> errors) {
        if (ref == null) return -1;
        int i = ref.resolve(header);
        if (i < 0) errors.add(new RowError(1, ref.label(header), "the file has no such column"));
        return i;
    }
}
