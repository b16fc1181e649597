package dev.meridian.core.domain;

public enum RuleField { PAYEE, DESCRIPTION }
