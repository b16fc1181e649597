package dev.meridian.sync.market.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksCredentialParametersButKeepsTheRest() {
        Redactor redactor = Redactor.of(Optional.of("SECRETKEY123"));
        HttpUrl url = HttpUrl.get("https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=SECRETKEY123");

        String safe = redactor.url(url);

        assertThat(safe).doesNotContain("SECRETKEY123").contains("apikey=***").contains("symbol=IBM");
    }

    @Test
    void masksTheKeyWhereverTheVendorEchoesIt() {
        Redactor redactor = Redactor.of(Optional.of("SECRETKEY123"));

        assertThat(redactor.text("We have detected your API key as SECRETKEY123 and ..."))
                .isEqualTo("We have detected your API key as *** and ...");
    }

    @Test
    void crumbsAndTokensAreMaskedEvenWithoutAKnownSecret() {
        String safe = Redactor.none().url(HttpUrl.get("https://query2.finance.yahoo.com/v8/finance/chart/AAPL?crumb=abc.DEF&token=t1"));

        assertThat(safe).doesNotContain("abc.DEF").doesNotContain("t1");
    }
}
