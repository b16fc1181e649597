package dev.meridian.core.bench;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.TransactionRepository;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Focused probe for the txn bulk-insert path: args = rows, cipher(true/false), extra URL settings
 * (";KEY=V..." or "-"), order ("cyclic" = benchmark dates id%4000, "sorted" = date-ordered), chunk
 * rows per insertAll call.
 */
public final class TxnInsertProbe {

    private TxnInsertProbe() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String setup = args.length > 5 ? args[5] : "";
        run(Math.min(50_000, Integer.parseInt(args[0])), false, args[2], args[3], Integer.parseInt(args[4]), setup, "warm-up ");
        run(Integer.parseInt(args[0]), Boolean.parseBoolean(args[1]), args[2], args[3], Integer.parseInt(args[4]), setup, setup);
    }

    private static void run(int rows, boolean cipher, String extraArg, String order, int chunkRows, String setup, String label) throws Exception {
        String extra = extraArg.equals("-") ? "" : extraArg;
        Path dir = Files.createTempDirectory("txn-probe");
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + (cipher ? ";CIPHER=AES" : "")
                + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE" + extra;
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("meridian");
        source.setPassword(cipher ? "filekey userpw" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").loggers("slf4j").load().migrate();
        DSLContext dsl = DSL.using(pool, SQLDialect.H2);
        for (String sql : setup.split("\\|")) if (!sql.isBlank()) dsl.execute(sql);
        dsl.execute("INSERT INTO account(name, account_type, currency, opening_balance, archived) VALUES ('a','BANK','CHF',0,false)");
        long accountId = dsl.fetchOne("SELECT MAX(id) FROM account").get(0, Long.class);
        TransactionRepository repo = new TransactionRepository(dsl);
        LocalDate firstDay = LocalDate.of(2015, 1, 1);
        String[] payees = {"Migros", "SBB CFF FFS", "Amazon EU S.a.r.l.", "Landlord AG", "Interactive Brokers"};
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        List<Transaction> chunk = new ArrayList<>(chunkRows);
        for (int id = 1; id <= rows; id++) {
            long day = order.equals("sorted") ? (long) id * 4000 / rows : id % 4000;
            Money amount = new Money(BigDecimal.valueOf((id * 7919L) % 2_000_000 - 1_000_000, 2), "CHF");
            chunk.add(Transaction.cash(accountId, amount.signum() < 0 ? TransactionType.WITHDRAWAL : TransactionType.DEPOSIT,
                    firstDay.plusDays(day), amount, payees[id % payees.length],
                    "Card payment " + id + " ref " + Long.toHexString(id * 2654435761L), null).withProviderId("bench-" + id));
            if (chunk.size() == chunkRows) {
                repo.insertAll(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) repo.insertAll(chunk);
        double s = (System.nanoTime() - t0) / 1e9;
        double c = (cpu() - cpu0) / 1e9;
        long size = Files.size(dir.resolve("db.mv.db"));
        System.out.printf(label + "rows=%d cipher=%s extra=%s order=%s chunk=%d: %.2f s = %,.0f rows/s, cpu %.2f s = %,.0f rows/cpu-s, file %d MiB, load %.1f%n",
                rows, cipher, extra, order, chunkRows, s, rows / s, c, rows / c, size >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (Connection conn = pool.getConnection(); Statement st = conn.createStatement()) {
            var info = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME LIKE 'info.FILE%' OR SETTING_NAME LIKE 'info.CACHE%' OR SETTING_NAME LIKE 'info.PAGE%'");
            StringBuilder line = new StringBuilder("  ");
            while (info.next()) line.append(info.getString(1)).append('=').append(info.getString(2)).append(' ');
            System.out.println(line);
            st.execute("SHUTDOWN");
        }
        pool.dispose();
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
