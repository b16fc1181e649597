package dev.meridian.core.domain;

public enum CategoryKind { INCOME, EXPENSE, TRANSFER }
