package dev.meridian.sync.market.http;

import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one way a provider makes a GET: rate limit, circuit breaker, bounded retries with backoff and
 * {@code Retry-After} on 429/5xx/IO errors, and every failure mapped to a {@link ProviderException}
 * whose message carries no secret. Vendor code only reads bodies and classifies its own error answers.
 */
public final class ProviderHttp {

    private static final System.Logger LOG = System.getLogger(ProviderHttp.class.getName());

    /** Turns a complete, non-retryable answer into a value, or throws a classified ProviderException. */
    @FunctionalInterface
    public interface ReplyReader<T> {
        T read(HttpReply reply);
    }

    private final String provider;
    private final String displayName;
    private final OkHttpClient client;
    private final RateLimiter limiter;
    private final CircuitBreaker breaker;
    private final Resilience resilience;
    private final Redactor redactor;

    public ProviderHttp(String provider, String displayName, OkHttpClient client, RateLimit limit,
            Resilience resilience, Redactor redactor) {
        this.provider = provider;
        this.displayName = displayName;
        this.client = client;
        this.resilience = resilience;
        this.redactor = redactor;
        this.limiter = new RateLimiter(provider, displayName, limit, resilience.clock(), resilience.sleeper(),
                resilience.maxRateWait());
        this.breaker = new CircuitBreaker(provider, displayName, resilience.breakerThreshold(),
                resilience.breakerOpenFor(), resilience.clock());
    }

    public String provider() {
        return provider;
    }

    public String displayName() {
        return displayName;
    }

    public Redactor redactor() {
        return redactor;
    }

    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    public <T> T get(HttpUrl url, ReplyReader<T> reader) {
        return get(new Request.Builder().url(url).get().build(), 1, reader);
    }

    /**
     * Runs an idempotent GET. {@code cost} is the request's weight against the rate limit (Binance
     * weights; 1 elsewhere). The reader sees 2xx answers and 4xx answers other than 429.
     */
    public <T> T get(Request request, int cost, ReplyReader<T> reader) {
        breaker.permit();
        try {
            T value = withRetries(request, cost, reader);
            breaker.onSuccess();
            return value;
        } catch (ProviderException e) {
            if (countsAgainstProvider(e.kind())) {
                breaker.onFailure();
            } else {
                breaker.onSuccess();
            }
            throw e;
        } catch (CancelledException e) {
            breaker.onAbandoned();
            throw e;
        } catch (RuntimeException e) {
            breaker.onFailure();
            throw e;
        }
    }

    private static boolean countsAgainstProvider(Kind kind) {
        return kind == Kind.UNAVAILABLE || kind == Kind.RATE_LIMITED || kind == Kind.BAD_RESPONSE;
    }

    private <T> T withRetries(Request request, int cost, ReplyReader<T> reader) {
        String safeUrl = redactor.url(request.url());
        RetryPolicy policy = resilience.retry();
        for (int attempt = 1; ; attempt++) {
            Attempt<T> outcome = once(request, cost, reader, safeUrl);
            if (outcome.value != null) return outcome.value.orElse(null);
            ProviderException failure = outcome.failure;
            boolean last = attempt >= policy.maxAttempts();
            Optional<Duration> serverWait = failure.retryAfter();
            if (serverWait.isPresent() && serverWait.get().compareTo(policy.maxRetryAfter()) > 0) throw failure;
            if (last) throw failure;
            Duration wait = policy.backoff(attempt, resilience.random());
            if (serverWait.isPresent() && serverWait.get().compareTo(wait) > 0) wait = serverWait.get();
            Duration chosen = wait;
            int failedAttempt = attempt;
            LOG.log(System.Logger.Level.DEBUG, () -> displayName + " attempt " + failedAttempt + " failed ("
                    + failure.getMessage() + "); retrying in " + Durations.human(chosen));
            sleep(chosen);
        }
    }

    /** One try: either a value (possibly empty for a null result) or a retryable failure; non-retryable ones throw. */
    private <T> Attempt<T> once(Request request, int cost, ReplyReader<T> reader, String safeUrl) {
        try {
            limiter.acquire(cost);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        if (Thread.currentThread().isInterrupted()) throw new CancelledException();
        HttpReply reply;
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            reply = new HttpReply(provider, displayName, response.code(), response.headers(), body, safeUrl);
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) throw new CancelledException();
            return Attempt.failed(unavailable("did not answer in time (" + e.getMessage() + ")", safeUrl, e));
        } catch (IOException e) {
            return Attempt.failed(unavailable("could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", safeUrl, e));
        }
        Optional<Duration> retryAfter = RetryAfter.parse(reply.headers().get("Retry-After"), resilience.clock().instant());
        int code = reply.code();
        if (code == 429 || code == 418) {
            ProviderException limited = new ProviderException(provider, Kind.RATE_LIMITED,
                    displayName + " is throttling requests (HTTP " + code + ")"
                            + retryAfter.map(d -> "; it asks to wait " + Durations.human(d)).orElse("")
                            + ". Meridian will use the next provider meanwhile.",
                    retryAfter.orElse(null), null);
            // 418 is Binance's IP ban: retrying inside it only lengthens the ban.
            if (code == 418) throw limited;
            return Attempt.failed(limited);
        }
        if (code >= 500) {
            return Attempt.failed(new ProviderException(provider, Kind.UNAVAILABLE,
                    displayName + " has a server problem (HTTP " + code + ") at " + safeUrl + "; try again later.",
                    retryAfter.orElse(null), null));
        }
        return Attempt.ok(Optional.ofNullable(reader.read(reply)));
    }

    private ProviderException unavailable(String what, String safeUrl, Throwable cause) {
        return new ProviderException(provider, Kind.UNAVAILABLE,
                redactor.text(displayName + " " + what + " at " + safeUrl + "; check the network connection or try again later."),
                null, cause);
    }

    private void sleep(Duration wait) {
        try {
            resilience.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private record Attempt<T>(Optional<T> value, ProviderException failure) {
        static <T> Attempt<T> ok(Optional<T> value) {
            return new Attempt<>(value, null);
        }

        static <T> Attempt<T> failed(ProviderException failure) {
            return new Attempt<>(null, failure);
        }
    }
}
