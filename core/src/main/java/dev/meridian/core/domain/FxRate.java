package dev.meridian.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 1 {@code base} = {@code rate} {@code quote} on {@code date} (e.g. ECB reference rate). */
public record FxRate(LocalDate date, String base, String quote, BigDecimal rate) {}
