package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.money.Money;

/** The budgets of one 50/30/20 group added up; {@code group} is null for categories without a group. */
public record GroupTotal(BudgetGroup group, Money available, Money spent) {}
