package dev.meridian.sync.plaid;

/** A linked Plaid item: its access token (a secret) and id. */
public record ItemAccess(String accessToken, String itemId) {

    @Override
    public String toString() {
        return "ItemAccess[item " + itemId + "]";
    }
}
