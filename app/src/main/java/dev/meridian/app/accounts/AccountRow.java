package dev.meridian.app.accounts;

import dev.meridian.core.domain.Account;
import dev.meridian.core.money.Money;

/** One entry of the account list: an account and its balance (null while it is computed), or (account null) "All accounts". */
public record AccountRow(Account account, Money balance) {

    public static final AccountRow ALL = new AccountRow(null, null);

    public boolean isAll() {
        return account == null;
    }

    public Long accountId() {
        return account == null ? null : account.id();
    }
}
