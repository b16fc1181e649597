package dev.meridian.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.PnlSummary;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.StatementScope;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final Instrument BTC = new Instrument(7, "BTC-USD", "Bitcoin, \"digital gold\"", AssetClass.CRYPTO, null, "USD",
            null, null, null, "UTC");

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndRecordsEndWithCrLf() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("plain", "a,b", "say \"hi\"", "two\nlines", null, new BigDecimal("1E+3"));
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,1000\r\n");
        assertThat(Rfc4180.parse(out.toString())).containsExactly(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "", "1000"));
    }

    @Test
    void holdingsRoundTripWithExactDecimals() {
        BigDecimal quantity = new BigDecimal("0.123456789012345678");
        Money cost = Money.of("4321.0987654321", "USD");
        Money value = Money.of("8765.432109876543210", "USD");
        HoldingLine line = new HoldingLine(BTC, quantity, Money.of("35001.0000000008", "USD"), cost, value, new BigDecimal("71000.12"),
                Money.of("-12.3400000001", "USD"), -0.0014, Money.of("0.0000000001", "USD"), Money.zero("USD"),
                new BigDecimal("0.4999999999999999999999999999999999"));
        StatementScope scope = new StatementScope(1L, "Crypto", Set.of(1L), "USD");
        PnlSummary totals = new PnlSummary(cost, value, Money.zero("USD"), Money.zero("USD"), Money.zero("USD"));
        HoldingsStatement s = new HoldingsStatement(scope, LocalDate.of(2026, 11, 25), List.of(line), Money.of("1.5", "USD"), totals,
                line.dayChange(), value.plus(Money.of("1.5", "USD")));
        StringWriter out = new StringWriter();
        HoldingsCsv.write(s, out);

        List<List<String>> rows = Rfc4180.parse(out.toString());
        assertThat(rows.getFirst()).isEqualTo(HoldingsCsv.HEADER);
        List<String> r = rows.get(1);
        assertThat(r.get(0)).isEqualTo("BTC-USD");
        assertThat(r.get(1)).isEqualTo("Bitcoin, \"digital gold\"");
        assertThat(new BigDecimal(r.get(3))).isEqualTo(quantity);
        assertThat(new BigDecimal(r.get(6))).isEqualTo(cost.amount());
        assertThat(new BigDecimal(r.get(8))).isEqualTo(value.amount());
        assertThat(new BigDecimal(r.get(9))).isEqualTo(new BigDecimal("-12.3400000001"));
        assertThat(new BigDecimal(r.get(10))).isEqualTo(value.minus(cost).amount());
        assertThat(new BigDecimal(r.get(13))).isEqualTo(line.weight());
    }

    @Test
    void transactionsCarryAccountNamesSymbolsAndExactAmounts() {
        Transaction buy = Transaction.trade(3, TransactionType.BUY, LocalDate.of(2024, 2, 29), 7, new BigDecimal("0.00012345"),
                new BigDecimal("61234.56"), Money.of("0.37", "USD"), null).withId(11);
        Account wallet = new Account(3, "Wallet, cold", AccountType.CRYPTO_WALLET, "USD", 1L, null, null, null, false, null);
        StringWriter out = new StringWriter();
        TransactionsCsv.write(List.of(buy), Map.of(3L, wallet), Map.of(7L, BTC), out);
        List<String> r = Rfc4180.parse(out.toString()).get(1);
        assertThat(r.subList(0, 9)).containsExactly("11", "2024-02-29", "Wallet, cold", "BUY", "BTC-USD", "0.00012345", "61234.56",
                buy.amount().amount().toPlainString(), "USD");
        assertThat(new BigDecimal(r.get(7))).isEqualTo(new BigDecimal("-7.9294064320"));
    }
}
