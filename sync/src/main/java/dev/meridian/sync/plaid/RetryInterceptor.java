package dev.meridian.sync.plaid;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries Plaid calls that failed on the server's side (5xx, 429) or in transit, with backoff.
 * The public-token exchange is not retried: its token is single-use, so a retry after a lost
 * response would fail with a misleading "invalid public token".
 */
final class RetryInterceptor implements Interceptor {

    private static final Set<String> NOT_RETRIED = Set.of("/item/public_token/exchange");

    private final RetryPolicy policy;
    private final Pause pause;

    RetryInterceptor(RetryPolicy policy, Pause pause) {
        this.policy = policy;
        this.pause = pause;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean retryable = !NOT_RETRIED.contains(request.url().encodedPath());
        int attempt = 1;
        while (true) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (!retryable || attempt >= policy.maxAttempts()) throw e;
                waitBefore(attempt++, null);
                continue;
            }
            if (!retryable || attempt >= policy.maxAttempts() || !transientFailure(response.code())) return response;
            String retryAfter = response.header("Retry-After");
            response.close();
            waitBefore(attempt++, retryAfter);
        }
    }

    private static boolean transientFailure(int code) {
        return code == 429 || code >= 500;
    }

    private void waitBefore(int retry, String retryAfter) throws IOException {
        Duration delay = policy.delayBefore(retry);
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,4}")) {
            Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            if (asked.compareTo(delay) > 0) delay = asked.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : asked;
        }
        try {
            pause.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry a Plaid call");
        }
    }
}
