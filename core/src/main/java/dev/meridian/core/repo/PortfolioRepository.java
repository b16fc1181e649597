package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.PORTFOLIO;

import dev.meridian.core.db.generated.tables.records.PortfolioRecord;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Portfolio;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class PortfolioRepository {

    private final DSLContext dsl;

    public PortfolioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Portfolio insert(Portfolio portfolio) {
        long id = dsl.insertInto(PORTFOLIO).set(toRecord(portfolio)).returningResult(PORTFOLIO.ID).fetchSingle().value1();
        return portfolio.withId(id);
    }

    public void update(Portfolio portfolio) {
        int n = dsl.update(PORTFOLIO).set(toRecord(portfolio)).where(PORTFOLIO.ID.eq(portfolio.id())).execute();
        Columns.requireOneRow(n, "portfolio", portfolio.id());
    }

    /** Deletes the portfolio; its accounts stay and lose the link. */
    public void delete(long id) {
        dsl.deleteFrom(PORTFOLIO).where(PORTFOLIO.ID.eq(id)).execute();
    }

    public Optional<Portfolio> find(long id) {
        return dsl.selectFrom(PORTFOLIO).where(PORTFOLIO.ID.eq(id)).fetchOptional().map(PortfolioRepository::toDomain);
    }

    public List<Portfolio> all() {
        return dsl.selectFrom(PORTFOLIO).orderBy(PORTFOLIO.NAME, PORTFOLIO.ID).fetch(PortfolioRepository::toDomain);
    }

    private static PortfolioRecord toRecord(Portfolio p) {
        return new PortfolioRecord()
                .setName(p.name())
                .setBaseCurrency(p.baseCurrency())
                .setCostMethod(p.costMethod().name())
                .setBenchmarkInstrumentId(p.benchmarkInstrumentId());
    }

    private static Portfolio toDomain(PortfolioRecord r) {
        return new Portfolio(r.getId(), r.getName(), r.getBaseCurrency(), CostMethod.valueOf(r.getCostMethod()),
                r.getBenchmarkInstrumentId());
    }
}
