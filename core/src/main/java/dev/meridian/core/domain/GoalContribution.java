package dev.meridian.core.domain;

import dev.meridian.core.money.Money;
import java.time.LocalDate;

public record GoalContribution(long id, long goalId, LocalDate date, Money amount, String note) {}
