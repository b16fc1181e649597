package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountRepositoryTest extends DatabaseFixture {

    @Test
    void roundTripsEveryFieldAndNulls() {
        var accounts = new AccountRepository(dsl);
        Portfolio p = new PortfolioRepository(dsl).insert(new Portfolio(0, "Main", "EUR", CostMethod.FIFO, null));
        Account full = accounts.insert(new Account(0, "Broker", AccountType.BROKERAGE, "EUR", p.id(), "Bank AG", "****1234",
                Money.of("-1234.567890123456789012", "EUR"),
                true, "prov-1"));
        Account bare = accounts.insert(new Account(0, "Cash", AccountType.CASH, "USD", null, null, null, null, false, null));

        assertThat(full.id()).isPositive();
        assertThat(bare.id()).isNotEqualTo(full.id());
        assertThat(accounts.find(full.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(full);
        assertThat(accounts.find(bare.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(bare);
        assertThat(accounts.findByProviderId("prov-1")).map(Account::id).contains(full.id());
        assertThat(accounts.all()).extracting(Account::name).containsExactly("Broker", "Cash");
    }

    @Test
    void updatesAndDeletes() {
        var accounts = new AccountRepository(dsl);
        Account a = accounts.insert(new Account(0, "Old", AccountType.BANK, "EUR", null, null, null, Money.of("10", "EUR"), false, null));
        Account changed = new Account(a.id(), "New", AccountType.SAVINGS, "EUR", null, "X", "1", Money.of("20.5", "EUR"), true, "p");
        accounts.update(changed);
        assertThat(accounts.find(a.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(changed);
        accounts.delete(a.id());
        assertThat(accounts.find(a.id())).isEmpty();
        assertThatThrownBy(() -> accounts.update(changed)).hasMessageContaining("No account with id " + a.id());
    }

    @Test
    void balanceIsOpeningPlusTransactions() {
        var accounts = new AccountRepository(dsl);
        var txns = new TransactionRepository(dsl);
        Account a = accounts.insert(new Account(0, "Giro", AccountType.BANK, "EUR", null, null, null, Money.of("100.10", "EUR"), false, null));
        assertThat(accounts.balance(a.id()).isEqualTo(Money.of("100.10", "EUR"))).isTrue();
        txns.insert(Transaction.cash(a.id(), TransactionType.DEPOSIT, LocalDate.of(2025, 1, 1), Money.of("50.05", "EUR"), "Me", null, null));
        txns.insert(Transaction.cash(a.id(), TransactionType.FEE, LocalDate.of(2025, 1, 2), Money.of("-0.15", "EUR"), "Bank", null, null));
        assertThat(accounts.balance(a.id()).isEqualTo(Money.of("150.00", "EUR"))).isTrue();
        assertThatThrownBy(() -> accounts.balance(999)).hasMessageContaining("999");

        Account empty = accounts.insert(new Account(0, "Cash", AccountType.CASH, "USD", null, null, null, Money.of("7", "USD"), false, null));
        var all = accounts.balances();
        assertThat(all.get(a.id()).isEqualTo(Money.of("150.00", "EUR"))).isTrue();
        assertThat(all.get(empty.id()).isEqualTo(Money.of("7", "USD"))).isTrue();
        assertThat(all).hasSize(2);
    }

    @Test
    void refusesAmountsTheColumnWouldRound() {
        var accounts = new AccountRepository(dsl);
        Account tooPrecise = new Account(0, "X", AccountType.BANK, "EUR", null, null, null, Money.of("0.0000000000000000001", "EUR"), false, null);
        assertThatThrownBy(() -> accounts.insert(tooPrecise)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18 decimals");
        assertThat(accounts.all()).isEmpty();
    }
}
