package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.ACCOUNT;
import static dev.meridian.core.db.generated.Tables.TXN;

import dev.meridian.core.db.generated.tables.records.AccountRecord;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class AccountRepository {

    private final DSLContext dsl;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Account insert(Account account) {
        long id = dsl.insertInto(ACCOUNT).set(toRecord(account)).returningResult(ACCOUNT.ID).fetchSingle().value1();
        return account.withId(id);
    }

    public void update(Account account) {
        int n = dsl.update(ACCOUNT).set(toRecord(account)).where(ACCOUNT.ID.eq(account.id())).execute();
        Columns.requireOneRow(n, "account", account.id());
    }

    /** Deletes the account and its transactions; transfers from other accounts lose their link to it. */
    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            tx.update(TXN).set(TXN.TRANSFER_ACCOUNT_ID, (Long) null).where(TXN.TRANSFER_ACCOUNT_ID.eq(id)).execute();
            tx.deleteFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).execute();
        });
    }

    public Optional<Account> find(long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional().map(AccountRepository::toDomain);
    }

    public List<Account> all() {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.NAME, ACCOUNT.ID).fetch(AccountRepository::toDomain);
    }

    public Optional<Account> findByProviderId(String providerId) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.PROVIDER_ID.eq(providerId)).orderBy(ACCOUNT.ID).limit(1)
                .fetchOptional().map(AccountRepository::toDomain);
    }

    /** Opening balance plus the sum of all transaction amounts, in the account's currency. */
    public Money balance(long accountId) {
        Account account = find(accountId).orElseThrow(() -> new IllegalArgumentException("No account with id " + accountId));
        BigDecimal sum = dsl.select(DSL.coalesce(DSL.sum(TXN.AMOUNT), BigDecimal.ZERO)).from(TXN)
                .where(TXN.ACCOUNT_ID.eq(accountId)).fetchSingle().value1();
        return account.openingBalance().plus(Columns.money(sum, account.currency()));
    }

    /** Every account's balance from one pass over the ledger (one grouped sum instead of a scan per account). */
    public Map<Long, Money> balances() {
        Map<Long, BigDecimal> sums = dsl.select(TXN.ACCOUNT_ID, DSL.sum(TXN.AMOUNT)).from(TXN).groupBy(TXN.ACCOUNT_ID)
                .fetchMap(TXN.ACCOUNT_ID, DSL.sum(TXN.AMOUNT));
        Map<Long, Money> balances = new LinkedHashMap<>();
        for (Account account : all()) {
            BigDecimal sum = sums.get(account.id());
            balances.put(account.id(), sum == null ? account.openingBalance()
                    : account.openingBalance().plus(Columns.money(sum, account.currency())));
        }
        return balances;
    }

    private AccountRecord toRecord(Account a) {
        return new AccountRecord()
                .setName(a.name())
                .setAccountType(a.type().name())
                .setCurrency(a.currency())
                .setPortfolioId(a.portfolioId())
                .setInstitution(a.institution())
                .setNumberMask(a.numberMask())
                .setOpeningBalance(Columns.amount(a.openingBalance(), "Opening balance of account " + a.name()))
                .setArchived(a.archived())
                .setProviderId(a.providerId());
    }

    private static Account toDomain(AccountRecord r) {
        return new Account(r.getId(), r.getName(), AccountType.valueOf(r.getAccountType()), r.getCurrency(), r.getPortfolioId(),
                r.getInstitution(), r.getNumberMask(), Columns.money(r.getOpeningBalance(), r.getCurrency()),
                r.getArchived(), r.getProviderId());
    }
}
