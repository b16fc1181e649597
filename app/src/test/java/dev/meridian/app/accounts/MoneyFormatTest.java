package dev.meridian.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void fiatUsesTheLocaleAndCurrencyDecimals() {
        MoneyFormat us = new MoneyFormat(Locale.US);
        assertThat(us.format(Money.of("-1234.5", "USD"))).isEqualTo("-$1,234.50");
        assertThat(us.format(Money.of("1000", "JPY"))).isEqualTo("¥1,000");
        assertThat(us.format(Money.of("2376.03814214", "USD"))).isEqualTo("$2,376.04");
        assertThat(us.format(Money.of("0.125", "USD"))).isEqualTo("$0.12");
        assertThat(new MoneyFormat(Locale.GERMANY).format(Money.of("1234.5", "EUR"))).isEqualTo("1.234,50\u00a0€");
    }

    @Test
    void cryptoKeepsItsPrecisionAndCode() {
        assertThat(new MoneyFormat(Locale.US).format(Money.of("0.12345678", "BTC"))).isEqualTo("0.12345678 BTC");
        assertThat(new MoneyFormat(Locale.US).format(Money.of("0.123456789", "ETH"))).isEqualTo("0.12345679 ETH");
        assertThat(new MoneyFormat(Locale.US).format(Money.of("3", "BTC"))).isEqualTo("3.00 BTC");
    }

    @Test
    void plainAmountsForEditingKeepTwoDecimals() {
        assertThat(MoneyFormat.plain(new BigDecimal("12.5"))).isEqualTo("12.50");
        assertThat(MoneyFormat.plain(new BigDecimal("0.12345"))).isEqualTo("0.12345");
    }
}
