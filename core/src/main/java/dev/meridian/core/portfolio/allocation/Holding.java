package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;

/** How much of one instrument a set of accounts holds, valued in the report currency. */
public record Holding(Instrument instrument, BigDecimal quantity, Money value) {}
