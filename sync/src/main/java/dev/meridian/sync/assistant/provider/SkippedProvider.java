package dev.meridian.sync.assistant.provider;

/** A provider of the chain that did not answer, and why ("no API key", "rate limited (429)", "timed out"). */
public record SkippedProvider(String provider, String reason) { }
