package dev.meridian.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cash dividend: holders at the close before {@code exDate} receive {@code perShare} on {@code payDate}. */
public record DividendEvent(LocalDate exDate, LocalDate payDate, BigDecimal perShare) {}
