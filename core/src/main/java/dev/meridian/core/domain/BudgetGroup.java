package dev.meridian.core.domain;

/** The 50/30/20 buckets. */
public enum BudgetGroup { NEEDS, WANTS, SAVINGS }
