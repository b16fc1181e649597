package dev.meridian.sync.plaid;

import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.time.LocalDate;

/**
 * One Plaid transaction in Meridian's terms: {@code cashEffect} is already signed Meridian's way
 * (positive = money in). {@code pendingProviderId} is set on a posted transaction that replaces a pending one.
 */
public record BankBooking(String providerId, String accountProviderId, LocalDate date, Money cashEffect, TransactionType type,
                          String payee, String description, boolean pending, String pendingProviderId) { }
