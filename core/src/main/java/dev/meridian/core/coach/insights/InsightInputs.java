package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.goals.GoalProgress;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import java.time.LocalDate;
import java.util.List;

/** Everything the insight feed looks at, loaded once. {@code currency} is the budgets' currency. */
public record InsightInputs(LocalDate today, String currency, List<Transaction> transactions, List<Category> categories,
                            List<Budget> budgets, List<GoalProgress> goals, List<TrackedSeries> subscriptions) {}
