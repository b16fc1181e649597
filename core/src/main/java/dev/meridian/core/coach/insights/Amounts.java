package dev.meridian.core.coach.insights;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Money in insight texts: two decimals and the currency code ("1,234.50 USD"), locale-independent. */
final class Amounts {

    private Amounts() {
    }

    static String of(Money m) {
        return of(m.amount()) + " " + m.currency();
    }

    static String of(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }
}
