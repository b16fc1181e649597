package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.money.Money;

/** Cash in one currency ({@code balance}) and its worth in the report currency ({@code value}). */
public record CashBalance(Money balance, Money value) {}
