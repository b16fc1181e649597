package dev.meridian.sync.plaid;

/**
 * A Plaid call that failed, with Plaid's own classification ({@code error_type}, {@code error_code})
 * when the server sent one. The message is Plaid's error message or a description of the transport
 * failure; it never contains keys or tokens (Plaid does not echo them).
 */
public final class PlaidException extends RuntimeException {

    public static final String ITEM_LOGIN_REQUIRED = "ITEM_LOGIN_REQUIRED";
    public static final String MUTATION_DURING_PAGINATION = "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION";

    private final int httpStatus;
    private final String errorType;
    private final String errorCode;
    private final String requestId;

    public PlaidException(int httpStatus, String errorType, String errorCode, String message, String requestId, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    /** 0 when no HTTP response arrived (connection refused, timeout). */
    public int httpStatus() {
        return httpStatus;
    }

    public String errorType() {
        return errorType;
    }

    public String errorCode() {
        return errorCode;
    }

    public String requestId() {
        return requestId;
    }

    /** The bank wants the user to sign in again: Link's update mode fixes the item. */
    public boolean loginRequired() {
        return ITEM_LOGIN_REQUIRED.equals(errorCode);
    }

    /** Transactions changed while pages were read: pagination restarts from the cursor it began with. */
    public boolean mutationDuringPagination() {
        return MUTATION_DURING_PAGINATION.equals(errorCode);
    }
}
