package dev.meridian.sync.plaid;

/** What one bank sync changed in the vault. {@code skipped} counts transactions of accounts Meridian does not keep. */
public record SyncReport(int accountsAdded, int added, int updated, int removed, int skipped, int pages, int restarts) {

    /** One line for the status bar and the connection list. */
    public String summary() {
        return String.format("%,d new, %,d updated, %,d removed transactions%s", added, updated, removed,
                accountsAdded == 0 ? "" : String.format("; %,d new accounts", accountsAdded));
    }
}
