package dev.meridian.core.export;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Bookings as CSV, in the order given, with account and instrument names; amounts exact, in the account's currency. */
public final class TransactionsCsv {

    public static final List<String> HEADER = List.of("id", "date", "account", "type", "symbol", "quantity", "price", "amount",
            "currency", "fee", "tax", "payee", "description");

    private TransactionsCsv() {}

    public static void write(List<Transaction> transactions, Map<Long, Account> accounts, Map<Long, Instrument> instruments, Writer out) {
        CsvWriter csv = new CsvWriter(out).row(HEADER);
        for (Transaction t : transactions) {
            Account a = accounts.get(t.accountId());
            Instrument i = t.instrumentId() == null ? null : instruments.get(t.instrumentId());
            csv.row(t.id(), t.date(), a == null ? t.accountId() : a.name(), t.type().name(), i == null ? null : i.symbol(), t.quantity(),
                    t.price(), t.amount().amount(), t.amount().currency(), amount(t.fee()), amount(t.tax()), t.payee(), t.description());
        }
    }

    private static Object amount(Money m) {
        return m == null ? null : m.amount();
    }
}
