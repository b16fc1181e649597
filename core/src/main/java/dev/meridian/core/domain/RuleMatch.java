package dev.meridian.core.domain;

public enum RuleMatch { CONTAINS, EQUALS, REGEX }
