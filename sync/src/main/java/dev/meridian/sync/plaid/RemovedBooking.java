package dev.meridian.sync.plaid;

/** A transaction Plaid withdrew; {@code accountProviderId} is null in older payloads. */
public record RemovedBooking(String providerId, String accountProviderId) { }
