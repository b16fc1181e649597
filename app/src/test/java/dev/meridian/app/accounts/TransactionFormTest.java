package dev.meridian.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.accounts.TransactionForm.Field;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TransactionFormTest {

    private static final Account CHECKING = new Account(7, "Checking", AccountType.BANK, "EUR", null, null, null, null, false, null);
    private static final Category GROCERIES = new Category(3, "Groceries", null, CategoryKind.EXPENSE, null);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    @Test
    void aValidWithdrawalBecomesANegativeAmountInTheAccountCurrency() {
        var out = TransactionForm.validate(new TransactionInput(null, CHECKING, TransactionType.WITHDRAWAL, DAY,
                " Corner Shop ", "Milk", GROCERIES, "1,234.50", ""));
        assertThat(out.valid()).isTrue();
        Transaction t = out.transaction();
        assertThat(t.amount()).isEqualTo(new Money(new BigDecimal("-1234.50"), "EUR"));
        assertThat(t.payee()).isEqualTo("Corner Shop");
        assertThat(t.notes()).isNull();
        assertThat(t.categoryId()).isEqualTo(3L);
        assertThat(t.accountId()).isEqualTo(7L);
        assertThat(t.id()).isZero();
    }

    @Test
    void aDepositIsPositiveAndCommaDecimalsAreUnderstood() {
        var out = TransactionForm.validate(new TransactionInput(null, CHECKING, TransactionType.DEPOSIT, DAY,
                "Employer", null, null, "2500,5", null));
        assertThat(out.transaction().amount().amount()).isEqualByComparingTo("2500.5");
    }

    @Test
    void missingFieldsAreEachReportedAgainstTheirField() {
        var out = TransactionForm.validate(new TransactionInput(null, null, null, null, " ", "", null, "", null));
        assertThat(out.valid()).isFalse();
        assertThat(out.transaction()).isNull();
        assertThat(out.errors()).containsOnlyKeys(Field.ACCOUNT, Field.DATE, Field.TYPE, Field.PAYEE);
        assertThat(out.errors().get(Field.DATE)).startsWith("Date:");
    }

    @Test
    void aBadAmountNamesTheFieldAndWhatWasTyped() {
        var out = TransactionForm.validate(new TransactionInput(null, CHECKING, TransactionType.FEE, DAY,
                "Bank", null, null, "12.3.4", null));
        assertThat(out.errors()).containsOnlyKeys(Field.AMOUNT);
        assertThat(out.errors().get(Field.AMOUNT)).isEqualTo("Amount: '12.3.4' is not a number — write it like 1234.56.");
    }

    @Test
    void amountsRefuseSignsZeroAndTooManyDecimals() {
        assertThat(error("-5")).contains("without a sign");
        assertThat(error("0.00")).contains("more than zero");
        assertThat(error("1.234")).isEqualTo("Amount: EUR has at most 2 decimals.");
        assertThat(error("abc")).contains("'abc' is not a number");
    }

    @Test
    void editingKeepsTheIdAndEditingATradeChangesOnlyDescriptiveFields() {
        Transaction buy = Transaction.trade(7, TransactionType.BUY, DAY, 42, new BigDecimal("10"), new BigDecimal("5"),
                Money.of("1", "EUR"), null).withId(99);
        var out = TransactionForm.validate(new TransactionInput(buy, CHECKING, null, DAY.plusDays(1),
                "Broker", "Rebalance", null, "nonsense ignored", "note"));
        assertThat(out.valid()).isTrue();
        Transaction t = out.transaction();
        assertThat(t.id()).isEqualTo(99);
        assertThat(t.type()).isEqualTo(TransactionType.BUY);
        assertThat(t.amount()).isEqualTo(buy.amount());
        assertThat(t.instrumentId()).isEqualTo(42L);
        assertThat(t.date()).isEqualTo(DAY.plusDays(1));
        assertThat(t.notes()).isEqualTo("note");
    }

    private static String error(String amount) {
        return TransactionForm.validate(new TransactionInput(null, CHECKING, TransactionType.FEE, DAY, "Bank", null, null, amount, null))
                .errors().get(Field.AMOUNT);
    }
}
