package dev.meridian.core.coach.forecast;

import dev.meridian.core.money.Money;
import java.time.LocalDate;

/** One projected day: money expected in and out (out is positive) and the balance at the end of the day. */
public record ForecastDay(LocalDate date, Money inflow, Money outflow, Money balance) {}
