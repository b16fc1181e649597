package dev.meridian.sync.backup;

import java.net.URI;
import java.util.Objects;

/** A WebDAV folder (Nextcloud, ownCloud, a NAS...): its URL and the account to sign in with (both may be empty for anonymous). */
public record WebDavSettings(String url, String username, String password) {

    public WebDavSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The WebDAV URL must not be empty.");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The WebDAV URL '" + url + "' is not a URL.");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The WebDAV URL must start with https:// or http://, not '" + url + "'.");
        }
    }

    /** The folder URL, ending in '/'. */
    public String folderUrl() {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    @Override
    public String toString() {
        return "WebDavSettings[url=" + url + ", username=" + username + ", password=<hidden>]";
    }
}
