package dev.meridian.sync.plaid;

import dev.meridian.core.domain.AccountType;
import dev.meridian.core.money.Money;

/**
 * A bank account as Plaid reports it, already in Meridian's terms: {@code balance} is the signed
 * balance (a credit card's debt is negative), or null when Plaid sent none.
 */
public record LinkedAccount(String providerId, String name, String mask, AccountType type, String currency, Money balance) { }
