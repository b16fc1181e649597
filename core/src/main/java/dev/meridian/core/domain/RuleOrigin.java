package dev.meridian.core.domain;

/** Whether the user wrote a rule or Meridian learned it from a re-categorisation. */
public enum RuleOrigin { USER, LEARNED }
