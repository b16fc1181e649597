package dev.meridian.sync.market.yahoo;

import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.http.ProviderHttp;
import okhttp3.HttpUrl;

/**
 * Yahoo's anti-CSRF token: a session cookie (set by any answer from the cookie host, even its 404)
 * plus a crumb from {@code /v1/test/getcrumb} that must accompany data requests. Fetched lazily,
 * dropped when Yahoo answers "Invalid Crumb".
 */
final class YahooCrumb {

    private final ProviderHttp http;
    private final HttpUrl cookieUrl;
    private final HttpUrl crumbUrl;
    private final MemoryCookieJar cookies;
    private String crumb;

    YahooCrumb(ProviderHttp http, HttpUrl cookieUrl, HttpUrl apiBase, MemoryCookieJar cookies) {
        this.http = http;
        this.cookieUrl = cookieUrl;
        this.crumbUrl = apiBase.newBuilder().addPathSegments("v1/test/getcrumb").build();
        this.cookies = cookies;
    }

    synchronized String current() {
        if (crumb != null) return crumb;
        http.get(cookieUrl, reply -> Boolean.TRUE);
        String fetched = http.get(crumbUrl, reply -> {
            if (reply.code() == 401 || reply.code() == 403 || reply.code() == 404) {
                throw reply.fail(Kind.UNAUTHORIZED, "Yahoo Finance refused a session (HTTP " + reply.code()
                        + " for its crumb); Yahoo may be blocking this network. Move another provider up in the fallback order.");
            }
            String text = reply.requireSuccess().body().trim();
            if (text.isEmpty() || text.startsWith("{") || text.startsWith("<") || text.length() > 64) {
                throw reply.badBody("a crumb token", null);
            }
            return text;
        });
        crumb = fetched;
        return crumb;
    }

    synchronized void invalidate() {
        crumb = null;
        cookies.clear();
    }
}
