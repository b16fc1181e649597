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
import java.util.Locale;

/**
 * Trading 212's history export (Menu → History → Export, CSV): one row per action with the columns
 * {@code Action, Time, ISIN, Ticker, Name, No. of shares, Price / share, Currency (Price / share),
 * Exchange rate, Result, Currency (Result), Total, Currency (Total), Withholding tax, Currency
 * (Withholding tax), Notes, ID, Currency conversion fee, ...}; columns vary with the chosen period, so
 * they are found by name. {@code Total} is in the account currency; fees and taxes in another currency
 * are kept in the description instead of being converted silently.
 */
public final class Trading212Format implements BrokerFormat {

    private static final List<String> IGNORED = List.of("currency conversion");

    @Override
    public String name() {
        return "Trading 212 history";
    }

    @Override
    public boolean recognizes(List<String> header) {
        HeaderColumns h = new HeaderColumns(header);
        return h.find("Action") >= 0 && h.find("Time") >= 0 && h.find("No. of shares") >= 0 && h.find("Price / share") >= 0;
    }

    @Override
    public TradeFile read(CharSequence text) {
        Iterator<CsvRecord> it = new CsvReader(text, ',').iterator();
        if (!it.hasNext()) return new TradeFile(name(), List.of(), List.of(new RowError(1, null, "the file is empty")), 0);
        HeaderColumns h = new HeaderColumns(it.next().fields());
        int action = h.find("Action");
        int time = h.find("Time");
        int isin = h.find("ISIN");
        int ticker = h.find("Ticker");
        int name = h.find("Name");
        int shares = h.find("No. of shares");
        int price = h.find("Price / share");
        int priceCcy = h.find("Currency (Price / share)");
        int total = h.find("Total");
        int totalCcy = h.find("Currency (Total)");
        int tax = h.find("Withholding tax");
        int taxCcy = h.find("Currency (Withholding tax)");
        int id = h.find("ID");
        int[] fees = {h.find("Currency conversion fee"), h.find("Transaction fee"), h.find("Stamp duty reserve tax"), h.find("Finra fee")};
        List<TradeRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int ignored = 0;
        while (it.hasNext()) {
            CsvRecord r = it.next();
            if (r.isBlank()) continue;
            FieldReader f = new FieldReader(r, h, NumberStyle.DOT_DECIMAL, errors);
            String act = f.text(action);
            if (act != null && IGNORED.contains(act.toLowerCase(Locale.ROOT))) {
                ignored++;
                continue;
            }
            TransactionType type = type(act);
            if (type == null) {
                f.fail(action, "unknown action '" + (act == null ? "" : act) + "'");
                continue;
            }
            LocalDate date = f.date(time, "yyyy-MM-dd");
            BigDecimal amount = f.required(total);
            String currency = f.text(totalCcy);
            BigDecimal qty = type.movesSecurities() ? f.required(shares) : f.optional(shares);
            BigDecimal px = type.movesSecurities() ? f.required(price) : f.optional(price);
            BigDecimal fee = BigDecimal.ZERO;
            StringBuilder note = new StringBuilder(act);
            for (int col : fees) {
                BigDecimal v = f.optional(col);
                if (v == null || v.signum() == 0) continue;
                HeaderColumns.Currency c = h.currencyOf(col);
                String ccy = c.of(r) != null ? c.of(r) : f.text(h.find("Currency (" + h.label(col) + ")"));
                if (ccy == null || ccy.equalsIgnoreCase(currency)) fee = fee.add(v.abs());
                else note.append("; ").append(h.label(col)).append(' ').append(v.abs().toPlainString()).append(' ').append(ccy);
            }
            BigDecimal withholding = f.optional(tax);
            BigDecimal taxAmount = BigDecimal.ZERO;
            if (withholding != null && withholding.signum() != 0) {
                String ccy = f.text(taxCcy);
                if (ccy == null || ccy.equalsIgnoreCase(currency)) taxAmount = withholding.abs();
                else note.append("; withholding tax ").append(withholding.abs().toPlainString()).append(' ').append(ccy);
            }
            if (!f.ok()) continue;
            BigDecimal signed = TradeSigns.cashEffect(type, amount);
            rows.add(new TradeRow(r.line(), date, type, f.text(ticker), f.text(isin), f.text(name),
                    qty == null ? null : qty.abs(), px, f.text(priceCcy), signed, currency == null ? null : currency.toUpperCase(Locale.ROOT),
                    fee, taxAmount, f.text(id), note.toString()));
        }
        return new TradeFile(name(), rows, errors, ignored);
    }

    private static TransactionType type(String action) {
        if (action == null) return null;
        String a = action.toLowerCase(Locale.ROOT);
        if (a.endsWith(" buy")) return TransactionType.BUY;
        if (a.endsWith(" sell")) return TransactionType.SELL;
        if (a.startsWith("dividend")) return TransactionType.DIVIDEND;
        if (a.equals("deposit")) return TransactionType.DEPOSIT;
        if (a.equals("withdrawal")) return TransactionType.WITHDRAWAL;
        if (a.contains("interest")) return TransactionType.INTEREST;
        return null;
    }
}
