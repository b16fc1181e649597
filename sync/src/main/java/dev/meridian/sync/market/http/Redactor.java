package dev.meridian.sync.market.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Keeps secrets out of messages and logs: masks credential query parameters in URLs and any
 * occurrence of the key itself in text (Alpha Vantage, for one, echoes the key in its notes).
 */
public final class Redactor {

    private static final String MASK = "***";
    private static final Set<String> SECRET_PARAMS =
            Set.of("apikey", "api_key", "x_cg_demo_api_key", "x_cg_pro_api_key", "token", "crumb", "signature", "key");

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    public static Redactor none() {
        return new Redactor(List.of());
    }

    public static Redactor of(Optional<String> secret) {
        return new Redactor(secret.filter(s -> s.length() >= 4).map(List::of).orElse(List.of()));
    }

    /** The URL without credentials, fit for a message: query values of secret parameters replaced by ***. */
    public String url(HttpUrl url) {
        HttpUrl.Builder safe = url.newBuilder().query(null);
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            String value = url.queryParameterValue(i);
            boolean secret = SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT));
            safe.addQueryParameter(name, secret ? MASK : value);
        }
        return text(safe.build().toString());
    }

    public String text(String text) {
        if (text == null) return null;
        String out = text;
        for (String secret : secrets) out = out.replace(secret, MASK);
        return out;
    }
}
