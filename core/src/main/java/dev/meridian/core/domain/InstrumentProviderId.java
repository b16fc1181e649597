package dev.meridian.core.domain;

/** How a data provider names an instrument (e.g. provider "yahoo", symbol "SAP.DE"). */
public record InstrumentProviderId(long instrumentId, String provider, String providerSymbol) {}
