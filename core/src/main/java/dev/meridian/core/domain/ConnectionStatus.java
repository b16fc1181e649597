package dev.meridian.core.domain;

public enum ConnectionStatus { NEW, OK, NEEDS_REAUTH, ERROR, DISABLED }
