package dev.meridian.sync.market.ecb;

import dev.meridian.core.domain.FxRate;
import dev.meridian.sync.market.FxRateSource;
import dev.meridian.sync.market.http.ProviderHttp;
import dev.meridian.sync.market.http.RateLimit;
import dev.meridian.sync.market.http.Redactor;
import dev.meridian.sync.market.http.Resilience;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The ECB's euro foreign exchange reference rates (about 30 currencies, published around 16:00 CET on
 * TARGET working days): 1 EUR = rate quote. A range within the last 90 days reads the small
 * {@code eurofxref-hist-90d.xml}; older ranges read the full {@code eurofxref-hist.xml} (since 1999).
 */
public final class EcbReferenceRates implements FxRateSource {

    public static final String ID = "ecb";
    public static final HttpUrl BASE = HttpUrl.get("https://www.ecb.europa.eu/stats/eurofxref/");
    public static final RateLimit LIMIT = RateLimit.perMinute(10);

    /** Margin under 90 days: the 90-day file counts publication days back from its own last update. */
    private static final int RECENT_DAYS = 85;

    private final ProviderHttp http;
    private final HttpUrl base;
    private final InstantSource clock;

    public EcbReferenceRates(OkHttpClient client, HttpUrl base, Resilience resilience) {
        this.http = new ProviderHttp(ID, "ECB reference rates", client, LIMIT, resilience, Redactor.none());
        this.base = base;
        this.clock = resilience.clock();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FxRate> dailyRates(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) throw new IllegalArgumentException("Empty range: " + from + " is after " + to);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String file = from.isBefore(today.minusDays(RECENT_DAYS)) ? "eurofxref-hist.xml" : "eurofxref-hist-90d.xml";
        return http.get(base.newBuilder().addPathSegment(file).build(), reply -> EcbXmlReader.read(reply, from, to));
    }
}
