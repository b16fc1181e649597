package dev.meridian.app.accounts;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Shows money the way the user's locale writes it, with its currency; crypto codes get their code. */
public final class MoneyFormat {

    private final Locale locale;

    public MoneyFormat(Locale locale) {
        this.locale = locale;
    }

    public String format(Money money) {
        int digits = AmountParser.fractionDigits(money.currency());
        BigDecimal amount = money.amount().setScale(Math.max(digits, Math.min(money.amount().stripTrailingZeros().scale(), 8)), RoundingMode.HALF_EVEN);
        try {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(Currency.getInstance(money.currency()));
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(Math.max(digits, amount.scale()));
            return f.format(amount);
        } catch (IllegalArgumentException notIso) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(8);
            return f.format(amount) + " " + money.currency();
        }
    }

    /** The amount without currency, for the edit dialog's text field. */
    public static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : amount.stripTrailingZeros().toPlainString();
    }
}
