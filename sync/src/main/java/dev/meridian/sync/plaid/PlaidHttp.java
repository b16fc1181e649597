package dev.meridian.sync.plaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.plaid.client.ApiClient;
import com.plaid.client.request.PlaidApi;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;

/**
 * plaid-java's {@link PlaidApi} on our OkHttp 5 client: keys go in headers (never in logs: nothing
 * here logs requests), calls have timeouts and retries, and every failure becomes a classified
 * {@link PlaidException}.
 */
public final class PlaidHttp {

    /** The API version the plaid-java 39 models were generated for. */
    static final String API_VERSION = "2020-09-14";

    private final PlaidApi api;
    private final ObjectMapper json = new ObjectMapper();

    private PlaidHttp(PlaidApi api) {
        this.api = api;
    }

    /** A client for the settings' environment (or base URL override). */
    public static PlaidHttp connect(PlaidSettings settings, RetryPolicy retry, Pause pause) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(150))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("PLAID-CLIENT-ID", settings.clientId())
                        .header("PLAID-SECRET", settings.secret())
                        .header("Plaid-Version", API_VERSION)
                        .header("User-Agent", "Meridian")
                        .build()))
                .addInterceptor(new RetryInterceptor(retry, pause))
                .build();
        ApiClient client = new ApiClient(http);
        String base = settings.endpoint();
        // Setting the base URL on the adapter directly: ApiClient.setPlaidAdapter prints to stdout for other URLs.
        client.getAdapterBuilder().baseUrl(base.endsWith("/") ? base : base + "/");
        return new PlaidHttp(client.createService(PlaidApi.class));
    }

    public PlaidApi api() {
        return api;
    }

    /** Runs the call; its body on success, else a {@link PlaidException} naming {@code what} failed. */
    public <T> T call(String what, Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw new PlaidException(0, null, null, what + ": Plaid could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", null, e);
        } catch (RuntimeException e) {
            // Gson fails with unchecked exceptions on truncated or non-JSON bodies.
            throw new PlaidException(0, null, null, what + ": Plaid sent a response that could not be read", null, e);
        }
        if (response.isSuccessful() && response.body() != null) return response.body();
        throw failure(what, response);
    }

    private PlaidException failure(String what, Response<?> response) {
        int status = response.code();
        String body = null;
        try (var errorBody = response.errorBody()) {
            if (errorBody != null) body = errorBody.string();
        } catch (IOException e) {
            body = null;
        }
        JsonNode error = null;
        try {
            error = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            error = null;
        }
        if (error == null || !error.hasNonNull("error_code")) {
            return new PlaidException(status, null, null, what + ": Plaid answered HTTP " + status, null, null);
        }
        String type = text(error, "error_type");
        String code = text(error, "error_code");
        String shown = text(error, "display_message") != null ? text(error, "display_message") : text(error, "error_message");
        return new PlaidException(status, type, code, what + ": " + (shown == null ? "Plaid refused the request" : shown)
                + " (" + code + ")", text(error, "request_id"), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
