package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.money.Money;

/** A monthly amount the 50/30/20 template suggests for one category. */
public record BudgetProposal(long categoryId, String categoryName, BudgetGroup group, Money amount) {}
