package dev.meridian.core.portfolio.performance;

import java.time.LocalDate;

/** An investor's cash flow: negative is money put in, positive is money taken out (or the final value). */
public record CashFlow(LocalDate date, double amount) {}
