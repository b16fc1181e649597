package dev.meridian.core.imports.trades;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.imports.ImportKeys;
import dev.meridian.core.imports.ImportPreview;
import dev.meridian.core.imports.ImportRow;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.RowStatus;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a broker file into the preview of its import into one brokerage account. Instruments are
 * found by ISIN first, then symbol; an unknown one is planned as a new instrument (symbol from the
 * file, else its ISIN; asset class STOCK and time zone UTC until the user edits it), created by the
 * import and removed again by its undo.
 */
public final class TradeImportPlanner {

    private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

    /** How the planner finds instruments already in the vault. */
    public interface InstrumentLookup {
        Optional<Instrument> byIsin(String isin);

        Optional<Instrument> bySymbol(String symbol);
    }

    private TradeImportPlanner() {}

    public static ImportPreview plan(TradeFile file, Account account, Set<String> existingKeys, InstrumentLookup lookup, String fileName) {
        List<RowError> errors = new ArrayList<>(file.errors());
        if (!account.type().holdsSecurities()) {
            errors.add(new RowError(0, null, "account '" + account.name() + "' is a " + account.type()
                    + " account; trades go into a brokerage or crypto account"));
        }
        Map<String, Instrument> resolved = new HashMap<>();
        List<Instrument> created = new ArrayList<>();
        ImportKeys keys = new ImportKeys(account.id());
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        String ccy = account.currency();
        for (TradeRow r : file.rows()) {
            if (r.currency() != null && !r.currency().equalsIgnoreCase(ccy)) {
                errors.add(new RowError(r.line(), "currency", "the row is in " + r.currency() + " but account '" + account.name() + "' is in " + ccy));
                continue;
            }
            Instrument instrument = null;
            if (r.namesInstrument()) {
                instrument = instrument(r, ccy, lookup, resolved, created);
            } else if (r.type().movesSecurities() || r.type() == TransactionType.DIVIDEND) {
                errors.add(new RowError(r.line(), "symbol", r.type() + " needs a symbol or an ISIN"));
                continue;
            }
            BigDecimal amount = r.amount() != null ? r.amount() : BigDecimal.ZERO;
            String label = instrument == null ? null : instrument.symbol();
            String key = r.reference() != null
                    ? keys.fromId("ref", r.reference())
                    : keys.fromContent(r.date(), amount, label, r.type().name(), r.quantity() == null ? "" : r.quantity().toPlainString());
            Transaction t;
            try {
                t = new Transaction(0, account.id(), r.type(), r.date(), new Money(amount, ccy), instrument == null ? null : instrument.id(),
                        r.quantity(), r.price(), new Money(r.fee(), ccy), new Money(r.tax(), ccy),
                        instrument == null ? null : instrument.name(), description(r, instrument), null, null, null, key, null);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(r.line(), null, e.getMessage()));
                continue;
            }
            RowStatus status = existingKeys.contains(key) ? RowStatus.DUPLICATE_IN_VAULT
                    : seen.add(key) ? RowStatus.NEW : RowStatus.DUPLICATE_IN_FILE;
            rows.add(new ImportRow(r.line(), t, status, label));
        }
        List<Instrument> needed = created.stream()
                .filter(i -> rows.stream().anyMatch(row -> row.status().written() && Long.valueOf(i.id()).equals(row.transaction().instrumentId())))
                .toList();
        return new ImportPreview(file.format() + " → " + account.name(), fileName, account.id(), rows, errors, needed);
    }

    private static Instrument instrument(TradeRow r, String accountCcy, InstrumentLookup lookup, Map<String, Instrument> resolved,
                                         List<Instrument> created) {
        String isin = r.isin() == null ? null : r.isin().strip().toUpperCase();
        String symbol = r.symbol() == null ? null : r.symbol().strip().toUpperCase();
        String cacheKey = (isin == null ? "" : isin) + "|" + (symbol == null ? "" : symbol);
        Instrument known = resolved.get(cacheKey);
        if (known != null) return known;
        Optional<Instrument> found = Optional.empty();
        if (isin != null) found = lookup.byIsin(isin);
        if (found.isEmpty() && symbol != null) found = lookup.bySymbol(symbol);
        if (found.isEmpty()) {
            String newSymbol = symbol != null ? symbol : isin;
            found = created.stream().filter(i -> i.symbol().equals(newSymbol)).findFirst();
        }
        Instrument instrument = found.orElseGet(() -> {
            String newSymbol = symbol != null ? symbol : isin;
            String currency = r.priceCurrency() != null && r.priceCurrency().matches("[A-Z]{3}") ? r.priceCurrency() : accountCcy;
            Instrument planned = new Instrument(-(created.size() + 1), newSymbol, r.name() != null ? r.name() : newSymbol, AssetClass.STOCK,
                    null, currency, isin != null && ISIN.matcher(isin).matches() ? isin : null, null, null, "UTC");
            created.add(planned);
            return planned;
        });
        resolved.put(cacheKey, instrument);
        return instrument;
    }

    private static String description(TradeRow r, Instrument i) {
        StringBuilder d = new StringBuilder();
        if (r.note() != null) d.append(r.note());
        if (r.quantity() != null && r.price() != null && i != null) {
            if (!d.isEmpty()) d.append(": ");
            d.append(r.quantity().stripTrailingZeros().toPlainString()).append(' ').append(i.symbol()).append(" @ ")
                    .append(r.price().stripTrailingZeros().toPlainString());
            if (r.priceCurrency() != null) d.append(' ').append(r.priceCurrency());
        }
        return d.isEmpty() ? null : d.toString();
    }
}
