package dev.meridian.core.coach.report;

import dev.meridian.core.money.Money;

/** What one merchant cost in a month and in how many charges. */
public record MerchantTotal(String merchant, Money spent, int charges) {}
