package dev.meridian.core.domain;

public enum DrawingKind { TREND_LINE, RAY, HORIZONTAL_LINE, RECTANGLE, FIBONACCI, TEXT }
