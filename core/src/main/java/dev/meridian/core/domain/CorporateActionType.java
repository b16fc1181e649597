package dev.meridian.core.domain;

public enum CorporateActionType { SPLIT, DIVIDEND }
