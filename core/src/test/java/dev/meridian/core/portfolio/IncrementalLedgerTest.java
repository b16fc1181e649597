package dev.meridian.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Transaction;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random ledgers of buys, sells, splits and transfers: adding back-dated buys one by one equals rebuilding. */
class IncrementalLedgerTest {

    private static final Map<Long, CostMethod> METHODS = Map.of(1L, CostMethod.FIFO, 2L, CostMethod.AVERAGE_COST, 3L, CostMethod.FIFO);

    @Test
    void addingTradesOneByOneEqualsAFullRebuild() {
        for (int seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            Bookings b = new Bookings("USD");
            long[][] held = new long[4][4];
            LocalDate day = LocalDate.parse("2024-01-01");
            for (int n = 0; n < 120; n++) {
                day = day.plusDays(random.nextInt(3));
                int account = 1 + random.nextInt(3);
                int instrument = 1 + random.nextInt(3);
                int pick = random.nextInt(10);
                long have = held[account][instrument];
                if (pick < 5 || have == 0) {
                    long q = 1 + random.nextInt(30);
                    b.buy(account, day.toString(), instrument, Long.toString(q), Integer.toString(10 + random.nextInt(90)), "1");
                    held[account][instrument] += q;
                } else if (pick < 8) {
                    long q = 1 + random.nextInt((int) have);
                    b.sell(account, day.toString(), instrument, Long.toString(q), Integer.toString(10 + random.nextInt(90)), "1");
                    held[account][instrument] -= q;
                } else if (pick == 8) {
                    int to = account % 3 + 1;
                    long q = 1 + random.nextInt((int) have);
                    b.transfer(account, to, day.toString(), instrument, Long.toString(q));
                    held[account][instrument] -= q;
                    held[to][instrument] += q;
                } else {
                    b.split(account, day.toString(), instrument, "2");
                    held[account][instrument] *= 2;
                }
            }
            Ledger incremental = Ledger.of(b.list(), METHODS, CostMethod.FIFO);
            for (int k = 0; k < 10; k++) {
                LocalDate back = LocalDate.parse("2024-01-01").plusDays(random.nextInt((int) (day.toEpochDay() - LocalDate.parse("2024-01-01").toEpochDay() + 1)));
                Transaction extra = b.buy(1 + random.nextInt(3), back.toString(), 1 + random.nextInt(3), "3", "50", "0");
                incremental.add(extra);
            }
            Ledger full = Ledger.of(b.list(), METHODS, CostMethod.FIFO);
            assertThat(incremental.positions()).as("seed %d", seed).isEqualTo(full.positions());
            assertThat(incremental.realizedGains()).as("seed %d", seed).isEqualTo(full.realizedGains());
        }
    }
}
