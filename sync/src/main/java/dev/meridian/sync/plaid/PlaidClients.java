package dev.meridian.sync.plaid;

/** Opens a {@link PlaidHttp} for a connection's settings; the app uses {@link #live()}, tests may add a fast retry pause. */
@FunctionalInterface
public interface PlaidClients {

    PlaidHttp open(PlaidSettings settings);

    static PlaidClients live() {
        return settings -> PlaidHttp.connect(settings, RetryPolicy.DEFAULT, Pause.REAL);
    }
}
