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

    /** Fiat is rounded to its currency's decimals (banker's rounding); crypto keeps up to 8. */
    public String format(Money money) {
        try {
            Currency currency = Currency.getInstance(money.currency());
            int digits = AmountParser.fractionDigits(money.currency());
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(currency);
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
            return f.format(money.amount().setScale(digits, RoundingMode.HALF_EVEN));
        } catch (IllegalArgumentException notIso) {
            BigDecimal amount = money.amount().setScale(Math.min(Math.max(2, money.amount().stripTrailingZeros().scale()), 8), RoundingMode.HALF_EVEN);
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
