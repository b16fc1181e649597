package dev.meridian.core.domain;

/** Detected by Meridian, confirmed or ignored by the user. */
public enum RecurringStatus { DETECTED, CONFIRMED, IGNORED }
