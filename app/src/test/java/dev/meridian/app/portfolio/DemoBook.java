package dev.meridian.app.portfolio;

import dev.meridian.core.demo.DemoVaultGenerator;
import dev.meridian.core.portfolio.PortfolioBookLoader;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CorporateActionRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.TargetAllocationRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.Progress;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;

/** The demo vault's data and the services over it, as the workstation builds them. */
public final class DemoBook {

    public static final long SEED = 42;

    private DemoBook() {}

    public static void populate(DSLContext dsl) {
        new DemoVaultGenerator(SEED, LocalDate.now()).populate(dsl, Progress.NONE);
    }

    public static PortfolioBookLoader loader(DSLContext dsl) {
        return new PortfolioBookLoader(new PortfolioRepository(dsl), new AccountRepository(dsl), new TransactionRepository(dsl),
                new InstrumentRepository(dsl), new BarRepository(dsl), new FxRateRepository(dsl));
    }

    public static PortfolioService service(DSLContext dsl, Clock clock) {
        return new PortfolioService(loader(dsl), new TransactionRepository(dsl), new AccountRepository(dsl), new InstrumentRepository(dsl),
                new BarRepository(dsl), new AuditLog(dsl), new TargetAllocationRepository(dsl), new CorporateActionRepository(dsl), clock);
    }
}
