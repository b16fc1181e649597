package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.FX_RATE;

import dev.meridian.core.domain.FxRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Daily exchange rates; one rate per day and currency pair. */
public final class FxRateRepository {

    private final DSLContext dsl;

    public FxRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts or replaces the rate of that day and pair. */
    public void put(FxRate rate) {
        BigDecimal value = Columns.decimal(rate.rate(), "FX rate " + rate.base() + "/" + rate.quote() + " on " + rate.date());
        dsl.mergeInto(FX_RATE).using(dsl.selectOne())
                .on(FX_RATE.BASE.eq(rate.base()), FX_RATE.QUOTE.eq(rate.quote()), FX_RATE.RATE_DATE.eq(rate.date()))
                .whenMatchedThenUpdate().set(FX_RATE.RATE, value)
                .whenNotMatchedThenInsert(FX_RATE.RATE_DATE, FX_RATE.BASE, FX_RATE.QUOTE, FX_RATE.RATE)
                .values(rate.date(), rate.base(), rate.quote(), value)
                .execute();
    }

    public void putAll(List<FxRate> rates) {
        for (FxRate r : rates) put(r);
    }

    /** The rate on {@code date}, or else the latest one before it (weekends, holidays). */
    public Optional<BigDecimal> rateOn(LocalDate date, String base, String quote) {
        return dsl.select(FX_RATE.RATE).from(FX_RATE)
                .where(FX_RATE.BASE.eq(base), FX_RATE.QUOTE.eq(quote), FX_RATE.RATE_DATE.le(date))
                .orderBy(FX_RATE.RATE_DATE.desc()).limit(1)
                .fetchOptional(FX_RATE.RATE).map(Columns::read);
    }

    /** Oldest first. */
    public List<FxRate> history(String base, String quote) {
        return dsl.selectFrom(FX_RATE).where(FX_RATE.BASE.eq(base), FX_RATE.QUOTE.eq(quote)).orderBy(FX_RATE.RATE_DATE)
                .fetch(r -> new FxRate(r.getRateDate(), r.getBase(), r.getQuote(), Columns.read(r.getRate())));
    }

    public Optional<LocalDate> latestDate(String base, String quote) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(FX_RATE.RATE_DATE)).from(FX_RATE)
                .where(FX_RATE.BASE.eq(base), FX_RATE.QUOTE.eq(quote)).fetchSingle().value1());
    }
}
