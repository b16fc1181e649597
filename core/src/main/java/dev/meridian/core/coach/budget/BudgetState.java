package dev.meridian.core.coach.budget;

/** Where a budget stands: under 80 % spent, from 80 % on, or over 100 %. */
public enum BudgetState { ON_TRACK, WARNING, EXCEEDED }
