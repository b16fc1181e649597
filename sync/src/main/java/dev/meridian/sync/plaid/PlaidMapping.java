package dev.meridian.sync.plaid;

import com.plaid.client.model.AccountBalance;
import com.plaid.client.model.AccountBase;
import com.plaid.client.model.AccountSubtype;
import com.plaid.client.model.PersonalFinanceCategory;
import com.plaid.client.model.RemovedTransaction;
import com.plaid.client.model.Transaction;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The edge between Plaid's model and Meridian's: account types, balances and transaction signs are
 * converted here and nowhere else. Plaid's amounts are positive for money leaving the account;
 * Meridian's are the signed cash effect (positive = money in), so a Plaid amount is negated once, here.
 */
final class PlaidMapping {

    static final int PAYEE_LENGTH = 400;
    static final int DESCRIPTION_LENGTH = 2000;
    private static final Set<AccountSubtype> SAVINGS = Set.of(AccountSubtype.SAVINGS, AccountSubtype.MONEY_MARKET,
            AccountSubtype.CD, AccountSubtype.HSA, AccountSubtype.EBT);

    private PlaidMapping() { }

    /** Plaid amount (positive = money out) to Meridian's cash effect (positive = money in). */
    static BigDecimal cashEffect(Double plaidAmount) {
        if (plaidAmount == null) throw new IllegalArgumentException("Plaid transaction without an amount");
        // valueOf takes the double's shortest decimal form: 12.34 stays 12.34, not 12.339999...
        BigDecimal cash = BigDecimal.valueOf(plaidAmount).negate().stripTrailingZeros();
        // Same form as the ledger reads back (5.0 -> 5), so an unchanged re-sync compares equal.
        return cash.scale() < 0 ? cash.setScale(0) : cash;
    }

    /**
     * The account in Meridian's terms, or empty for investment accounts (their holdings come from a
     * broker sync, not from bank transactions) and accounts without a currency.
     */
    static Optional<LinkedAccount> account(AccountBase a) {
        if (a.getType() == null) return Optional.empty();
        AccountType type = switch (a.getType()) {
            case DEPOSITORY -> a.getSubtype() != null && SAVINGS.contains(a.getSubtype()) ? AccountType.SAVINGS : AccountType.BANK;
            // Meridian has no loan type yet: a loan is a liability kept like a card's debt.
            case CREDIT, LOAN -> AccountType.CREDIT_CARD;
            case OTHER -> AccountType.BANK;
            default -> null;
        };
        if (type == null) return Optional.empty();
        AccountBalance b = a.getBalances();
        String currency = b == null ? null : b.getIsoCurrencyCode() != null ? b.getIsoCurrencyCode() : b.getUnofficialCurrencyCode();
        if (currency == null) return Optional.empty();
        Money balance = null;
        Double reported = b.getCurrent() != null ? b.getCurrent() : b.getAvailable();
        if (reported != null) {
            BigDecimal amount = BigDecimal.valueOf(reported);
            // Plaid reports what is owed on credit and loan accounts as a positive balance.
            balance = new Money(type == AccountType.CREDIT_CARD ? amount.negate() : amount, currency);
        }
        String name = a.getName() != null && !a.getName().isBlank() ? a.getName() : a.getOfficialName();
        return Optional.of(new LinkedAccount(a.getAccountId(), name == null ? "Bank account" : name, a.getMask(), type, currency, balance));
    }

    static BankBooking booking(Transaction t) {
        String currency = t.getIsoCurrencyCode() != null ? t.getIsoCurrencyCode() : t.getUnofficialCurrencyCode();
        if (currency == null) throw new IllegalArgumentException("Plaid transaction " + t.getTransactionId() + " has no currency");
        if (t.getDate() == null) throw new IllegalArgumentException("Plaid transaction " + t.getTransactionId() + " has no date");
        Money cash = new Money(cashEffect(t.getAmount()), currency);
        String payee = t.getMerchantName() != null && !t.getMerchantName().isBlank() ? t.getMerchantName() : t.getName();
        return new BankBooking(t.getTransactionId(), t.getAccountId(), t.getDate(), cash, type(t.getPersonalFinanceCategory(), cash),
                clip(payee, PAYEE_LENGTH), clip(t.getName(), DESCRIPTION_LENGTH), Boolean.TRUE.equals(t.getPending()),
                t.getPendingTransactionId());
    }

    static RemovedBooking removed(RemovedTransaction r) {
        return new RemovedBooking(r.getTransactionId(), r.getAccountId());
    }

    private static TransactionType type(PersonalFinanceCategory category, Money cash) {
        String primary = category == null ? null : category.getPrimary();
        String detailed = category == null ? null : category.getDetailed();
        if ("INCOME_INTEREST_EARNED".equals(detailed) && cash.signum() > 0) return TransactionType.INTEREST;
        if ("BANK_FEES".equals(primary) && cash.signum() < 0) return TransactionType.FEE;
        if ("TRANSFER_IN".equals(primary) && cash.signum() > 0) return TransactionType.TRANSFER_IN;
        if ("TRANSFER_OUT".equals(primary) && cash.signum() < 0) return TransactionType.TRANSFER_OUT;
        return cash.signum() >= 0 ? TransactionType.DEPOSIT : TransactionType.WITHDRAWAL;
    }

    private static String clip(String s, int max) {
        if (s == null) return null;
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
