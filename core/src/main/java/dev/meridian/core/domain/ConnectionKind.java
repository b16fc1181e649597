package dev.meridian.core.domain;

public enum ConnectionKind { MARKET_DATA, BANK, BROKER, LLM, BACKUP }
