package dev.meridian.sync.market.yahoo;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/** Yahoo's session cookie lives only in memory for the life of the provider; it is never persisted. */
final class MemoryCookieJar implements CookieJar {

    private final List<Cookie> cookies = new ArrayList<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        for (Cookie cookie : received) {
            cookies.removeIf(c -> c.name().equals(cookie.name()) && c.domain().equals(cookie.domain()));
            cookies.add(cookie);
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        cookies.removeIf(c -> c.expiresAt() < now);
        List<Cookie> matching = new ArrayList<>();
        for (Cookie cookie : cookies) {
            // Tests serve cookie and API from one local host; in production the .yahoo.com domain matches both.
            if (cookie.matches(url) || cookie.domain().equals(url.host())) matching.add(cookie);
        }
        return matching;
    }

    synchronized void clear() {
        cookies.clear();
    }
}
