package dev.meridian.core.domain;

public enum AlertFrequency { ONCE, EVERY_TIME }
