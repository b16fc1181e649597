package dev.meridian.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final long ACC = 1;
    private static final long ACC2 = 2;
    private static final long ACME = 10;

    private static Ledger ledger(Bookings b, CostMethod m) {
        return Ledger.of(b.list(), Map.of(ACC, m, ACC2, m), m);
    }

    private static Position pos(Ledger l, long account) {
        return l.position(account, ACME).orElseThrow();
    }

    /** Buys 10 @ 100 (fee 5) and 10 @ 120 (fee 5), sells 15 @ 130 (fee 10). */
    private static Bookings threeTrades() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "10", "100", "5");   // cost 1005
        b.buy(ACC, "2024-02-01", ACME, "10", "120", "5");   // cost 1205
        b.sell(ACC, "2024-03-01", ACME, "15", "130", "10"); // proceeds 15*130-10 = 1940
        return b;
    }

    @Test
    void fifoMatchesOldestLotsFirst() {
        Ledger l = ledger(threeTrades(), CostMethod.FIFO);
        Position p = pos(l, ACC);
        // consumed: lot 1 whole (10, 1005) + 5 of lot 2 (1205*5/10 = 602.5); left 5 shares costing 602.5
        assertThat(p.quantity()).isEqualByComparingTo("5");
        assertThat(p.cost("USD").amount()).isEqualByComparingTo("602.5");
        assertThat(p.realized()).hasSize(2);
        // proceeds split by quantity: 1940*10/15 = 1293.3333333333, rest 646.6666666667
        RealizedGain first = p.realized().get(0);
        assertThat(first.cost().amount()).isEqualByComparingTo("1005");
        assertThat(first.proceeds().amount()).isEqualByComparingTo("1293.3333333333");
        assertThat(p.realized().get(1).proceeds().amount()).isEqualByComparingTo("646.6666666667");
        // total gain 1940 - 1005 - 602.5 = 332.5, exactly
        BigDecimal gain = p.realized().stream().map(g -> g.gain().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(gain).isEqualByComparingTo("332.5");
    }

    @Test
    void averageCostTakesTheAverageOfAllLots() {
        Ledger l = ledger(threeTrades(), CostMethod.AVERAGE_COST);
        Position p = pos(l, ACC);
        // average 2210/20 = 110.5 per share; 15 sold cost 1657.5, 5 left cost 552.5
        assertThat(p.quantity()).isEqualByComparingTo("5");
        assertThat(p.cost("USD").amount()).isEqualByComparingTo("552.5");
        BigDecimal gain = p.realized().stream().map(g -> g.gain().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(gain).isEqualByComparingTo("282.5"); // 1940 - 1657.5
        // both lots keep their acquisition dates: 2.5 of each remains
        assertThat(p.lots()).extracting(Lot::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.5"), new BigDecimal("2.5"));
    }

    @Test
    void splitBetweenBuyAndSellScalesQuantityAndKeepsCost() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "10", "100", "0");   // 10 shares cost 1000
        b.split(ACC, "2024-02-01", ACME, "4");              // 4:1 -> 40 shares, cost 1000 (25/share)
        b.sell(ACC, "2024-03-01", ACME, "30", "30", "0");   // proceeds 900, cost 30*25 = 750
        Position p = pos(ledger(b, CostMethod.FIFO), ACC);
        assertThat(p.quantity()).isEqualByComparingTo("10");
        assertThat(p.cost("USD").amount()).isEqualByComparingTo("250");
        assertThat(p.realized().getFirst().gain().amount()).isEqualByComparingTo("150");
    }

    @Test
    void reverseSplitShrinksQuantityAndKeepsCost() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "100", "2", "0");    // 100 shares cost 200
        b.split(ACC, "2024-02-01", ACME, "0.1");            // 1:10 -> 10 shares, cost 200
        Position p = pos(ledger(b, CostMethod.FIFO), ACC);
        assertThat(p.quantity()).isEqualByComparingTo("10");
        assertThat(p.cost("USD").amount()).isEqualByComparingTo("200");
        assertThat(p.lots().getFirst().unitCost().amount()).isEqualByComparingTo("20");
    }

    @Test
    void transferMovesLotsWithBasisAndDatesInFifoOrder() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "10", "100", "0");   // lot A: 10 @ 100
        b.buy(ACC, "2024-02-01", ACME, "10", "120", "0");   // lot B: 10 @ 120
        b.transfer(ACC, ACC2, "2024-03-01", ACME, "15");    // moves A (10, 1000) and 5 of B (600)
        b.sell(ACC2, "2024-04-01", ACME, "12", "150", "0"); // in ACC2: A whole (1000) + 2 of B (240); proceeds 1800
        Ledger l = ledger(b, CostMethod.FIFO);
        Position source = pos(l, ACC);
        Position target = pos(l, ACC2);
        assertThat(source.quantity()).isEqualByComparingTo("5");
        assertThat(source.cost("USD").amount()).isEqualByComparingTo("600");
        assertThat(target.quantity()).isEqualByComparingTo("3");
        assertThat(target.lots().getFirst().acquired()).isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat(target.cost("USD").amount()).isEqualByComparingTo("360");
        assertThat(target.realized()).extracting(RealizedGain::acquired)
                .containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-02-01"));
        BigDecimal gain = target.realized().stream().map(g -> g.gain().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(gain).isEqualByComparingTo("560"); // 1800 - 1240
    }

    @Test
    void cryptoFractionsKeepEighteenDecimals() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "0.123456789012345678", "40000", "0");
        b.buy(ACC, "2024-01-03", ACME, "0.000000000000000001", "40000", "0");
        b.sell(ACC, "2024-01-04", ACME, "0.1", "41000", "0");
        Position p = pos(ledger(b, CostMethod.AVERAGE_COST), ACC);
        assertThat(p.quantity()).isEqualByComparingTo("0.023456789012345679");
        // cost is conserved exactly: open cost + consumed cost = total paid
        BigDecimal paid = new BigDecimal("0.123456789012345679").multiply(new BigDecimal("40000"));
        BigDecimal consumed = p.realized().stream().map(g -> g.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(p.cost("USD").amount().add(consumed)).isEqualByComparingTo(paid);
    }

    @Test
    void sellingMoreThanHeldNamesTheTransactionAndChangesNothing() {
        Bookings b = threeTrades();
        Ledger l = ledger(b, CostMethod.FIFO);
        Position before = pos(l, ACC);
        Transaction tooMuch = Transaction.trade(ACC, TransactionType.SELL, LocalDate.parse("2024-03-05"), ACME,
                new BigDecimal("6"), new BigDecimal("130"), Money.of("0", "USD"), null).withId(99);
        assertThatThrownBy(() -> l.add(tooMuch))
                .isInstanceOf(InsufficientQuantityException.class)
                .hasMessageContaining("2024-03-05").hasMessageContaining("instrument " + ACME).hasMessageContaining("5 held")
                .extracting(e -> ((InsufficientQuantityException) e).transaction()).isEqualTo(tooMuch);
        assertThat(pos(l, ACC)).isEqualTo(before);
        assertThat(l.transactions()).hasSize(3);
    }

    @Test
    void buildingFromAnOversoldLedgerFails() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "1", "100", "0");
        b.sell(ACC, "2024-01-01", ACME, "1", "100", "0"); // dated before the buy
        assertThatThrownBy(() -> ledger(b, CostMethod.FIFO))
                .isInstanceOf(InsufficientQuantityException.class).hasMessageContaining("2024-01-01");
    }

    @Test
    void reinvestedDividendIsADividendAndABuy() {
        Bookings b = new Bookings("USD");
        b.buy(ACC, "2024-01-02", ACME, "10", "100", "0");
        b.dividend(ACC, "2024-06-01", ACME, "20");
        b.buy(ACC, "2024-06-01", ACME, "0.2", "100", "0"); // the 20 reinvested
        Position p = pos(ledger(b, CostMethod.FIFO), ACC);
        assertThat(p.quantity()).isEqualByComparingTo("10.2");
        assertThat(p.cost("USD").amount()).isEqualByComparingTo("1020");
    }

    @Test
    void unmatchedTransferInOpensALotAtItsPrice() {
        Bookings b = new Bookings("USD");
        b.add(new Transaction(0, ACC, TransactionType.TRANSFER_IN, LocalDate.parse("2024-01-02"), Money.zero("USD"),
                ACME, new BigDecimal("3"), new BigDecimal("50"), null, null, null, null, null, null, null, null, null));
        Position p = pos(ledger(b, CostMethod.FIFO), ACC);
        assertThat(p.cost("USD").amount()).isEqualByComparingTo("150");
    }

    @Test
    void incrementalAddEqualsFullRebuild() {
        Bookings b = threeTrades();
        b.transfer(ACC, ACC2, "2024-03-10", ACME, "4");
        Ledger incremental = ledger(b, CostMethod.FIFO);
        Transaction late = b.buy(ACC, "2024-02-15", ACME, "7", "110", "1"); // back-dated between existing trades
        incremental.add(late);
        Ledger full = ledger(b, CostMethod.FIFO);
        assertThat(incremental.positions()).isEqualTo(full.positions());
        assertThat(incremental.transactions()).isEqualTo(full.transactions());
        assertThat(List.copyOf(incremental.realizedGains())).isEqualTo(full.realizedGains());
    }
}
