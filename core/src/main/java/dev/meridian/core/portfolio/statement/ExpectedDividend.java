package dev.meridian.core.portfolio.statement;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dividend an investor can expect on a holding: {@code announced} when a corporate action with a
 * future ex-date is stored, otherwise an estimate that repeats last year's dividend one year later.
 * {@code amount} is the current quantity times the per-share amount, before withholding tax.
 */
public record ExpectedDividend(Instrument instrument, LocalDate exDate, Money perShare, BigDecimal quantity, Money amount,
                               boolean announced) {}
