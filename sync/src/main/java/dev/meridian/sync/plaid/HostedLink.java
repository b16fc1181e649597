package dev.meridian.sync.plaid;

import com.plaid.client.model.CountryCode;
import com.plaid.client.model.ItemPublicTokenExchangeRequest;
import com.plaid.client.model.ItemPublicTokenExchangeResponse;
import com.plaid.client.model.LinkSessionExit;
import com.plaid.client.model.LinkSessionItemAddResult;
import com.plaid.client.model.LinkSessionSuccess;
import com.plaid.client.model.LinkTokenCreateHostedLink;
import com.plaid.client.model.LinkTokenCreateRequest;
import com.plaid.client.model.LinkTokenCreateRequestUser;
import com.plaid.client.model.LinkTokenCreateResponse;
import com.plaid.client.model.LinkTokenGetRequest;
import com.plaid.client.model.LinkTokenGetResponse;
import com.plaid.client.model.LinkTokenGetSessionsResponse;
import com.plaid.client.model.LinkTokenTransactions;
import com.plaid.client.model.PlaidError;
import com.plaid.client.model.Products;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Plaid Link in the system browser (Hosted Link, no embedded web view): create a link token with
 * {@code hosted_link}, let the user finish at the returned URL, poll {@code /link/token/get} until a
 * session reports its result, then exchange the public token for the item's access token.
 */
public final class HostedLink {

    static final String CLIENT_NAME = "Meridian";
    /** Two years of history on first link, the most Plaid offers. */
    static final int DAYS_REQUESTED = 730;

    private final PlaidHttp http;
    private final List<CountryCode> countries;
    private final LinkPolling polling;
    private final Pause pause;
    private final InstantSource clock;

    public HostedLink(PlaidHttp http, List<CountryCode> countries, LinkPolling polling, Pause pause, InstantSource clock) {
        this.http = http;
        this.countries = List.copyOf(countries);
        this.polling = polling;
        this.pause = pause;
        this.clock = clock;
    }

    /**
     * Creates a Hosted Link token. With {@code accessToken} the token opens update mode for that item
     * (the user signs in again); without it, a new bank is added with the transactions product.
     */
    public HostedLinkSession start(String clientUserId, String accessToken) {
        LinkTokenCreateRequest request = new LinkTokenCreateRequest()
                .clientName(CLIENT_NAME)
                .language("en")
                .countryCodes(countries)
                .user(new LinkTokenCreateRequestUser().clientUserId(clientUserId))
                .hostedLink(new LinkTokenCreateHostedLink());
        if (accessToken != null) {
            request.accessToken(accessToken);
        } else {
            request.products(List.of(Products.TRANSACTIONS))
                    .transactions(new LinkTokenTransactions().daysRequested(DAYS_REQUESTED));
        }
        LinkTokenCreateResponse created = http.call("Creating a Plaid Link session", http.api().linkTokenCreate(request));
        if (created.getHostedLinkUrl() == null || created.getHostedLinkUrl().isBlank()) {
            throw new PlaidException(200, null, null, "Plaid created a link token without a Hosted Link URL: "
                    + "Hosted Link may not be enabled for these keys (ask Plaid support to enable it)", created.getRequestId(), null);
        }
        Instant expiration = created.getExpiration() == null ? null : created.getExpiration().toInstant();
        return new HostedLinkSession(created.getLinkToken(), URI.create(created.getHostedLinkUrl()), expiration);
    }

    /**
     * Polls until the user finishes Link. Returns the public token (null in update mode) and bank name;
     * throws {@link CancelledException} when the user cancels and {@link PlaidException} when Link was
     * exited or the wait timed out.
     */
    public LinkOutcome awaitResult(HostedLinkSession session, boolean updateMode, Progress progress) {
        Instant deadline = clock.instant().plus(polling.timeout());
        progress.update(-1, -1, "Waiting for you to finish in the browser…");
        while (true) {
            if (progress.isCancelled()) throw new CancelledException();
            LinkTokenGetResponse state = http.call("Checking the Plaid Link session",
                    http.api().linkTokenGet(new LinkTokenGetRequest().linkToken(session.linkToken())));
            Optional<LinkOutcome> outcome = outcome(state, updateMode);
            if (outcome.isPresent()) return outcome.get();
            if (!clock.instant().isBefore(deadline)) {
                throw new PlaidException(0, "LINK", "LINK_TIMEOUT", "Plaid Link was not finished within "
                        + minutes(polling.timeout()) + " minutes; start again with Connect bank", null, null);
            }
            try {
                pause.sleep(polling.interval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }

    /** Trades the single-use public token for the item's long-lived access token. */
    public ItemAccess exchange(String publicToken) {
        ItemPublicTokenExchangeResponse r = http.call("Exchanging the Plaid public token",
                http.api().itemPublicTokenExchange(new ItemPublicTokenExchangeRequest().publicToken(publicToken)));
        return new ItemAccess(r.getAccessToken(), r.getItemId());
    }

    private static Optional<LinkOutcome> outcome(LinkTokenGetResponse state, boolean updateMode) {
        List<LinkTokenGetSessionsResponse> sessions = state.getLinkSessions();
        if (sessions == null) return Optional.empty();
        for (LinkTokenGetSessionsResponse s : sessions) {
            Optional<LinkOutcome> success = success(s);
            if (success.isPresent()) return success;
            if (updateMode && s.getFinishedAt() != null && exitError(s) == null && !exited(s)) {
                return Optional.of(new LinkOutcome(null, null));
            }
            PlaidError error = exitError(s);
            if (error != null) {
                throw new PlaidException(0, error.getErrorType() == null ? null : error.getErrorType().getValue(),
                        error.getErrorCode(), "Plaid Link ended with an error: "
                        + (error.getDisplayMessage() != null ? error.getDisplayMessage() : error.getErrorMessage())
                        + " (" + error.getErrorCode() + ")", null, null);
            }
            if (exited(s)) {
                throw new PlaidException(0, "LINK", "LINK_EXITED", "Plaid Link was closed before a bank was connected", null, null);
            }
        }
        return Optional.empty();
    }

    private static Optional<LinkOutcome> success(LinkTokenGetSessionsResponse s) {
        if (s.getResults() != null && s.getResults().getItemAddResults() != null) {
            for (LinkSessionItemAddResult r : s.getResults().getItemAddResults()) {
                if (r.getPublicToken() != null && !r.getPublicToken().isBlank()) {
                    return Optional.of(new LinkOutcome(r.getPublicToken(), r.getInstitution() == null ? null : r.getInstitution().getName()));
                }
            }
        }
        LinkSessionSuccess onSuccess = s.getOnSuccess();
        if (onSuccess != null && onSuccess.getPublicToken() != null && !onSuccess.getPublicToken().isBlank()) {
            String bank = onSuccess.getMetadata() == null || onSuccess.getMetadata().getInstitution() == null ? null
                    : onSuccess.getMetadata().getInstitution().getName();
            return Optional.of(new LinkOutcome(onSuccess.getPublicToken(), bank));
        }
        return Optional.empty();
    }

    private static boolean exited(LinkTokenGetSessionsResponse s) {
        return s.getExit() != null || s.getOnExit() != null;
    }

    private static PlaidError exitError(LinkTokenGetSessionsResponse s) {
        LinkSessionExit exit = s.getExit();
        if (exit != null && exit.getError() != null) return exit.getError();
        return s.getOnExit() == null ? null : s.getOnExit().getError();
    }

    private static long minutes(Duration d) {
        return Math.max(1, d.toMinutes());
    }
}
