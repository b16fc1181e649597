package dev.meridian.core.alerts;

import dev.meridian.core.domain.Alert;

/** An alert that fired: when, at which price, and a one-line description such as "price crossed above 105". */
public record AlertFiring(Alert alert, long epochMillis, double price, String description) { }
