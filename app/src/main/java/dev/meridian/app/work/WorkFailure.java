package dev.meridian.app.work;

/** A background job that failed: its title and the user-facing reason. */
public record WorkFailure(String title, Throwable cause) {

    /** One line for the status bar: the job and the exception's own message (never a stack trace). */
    public String message() {
        String reason = cause.getMessage();
        if (reason == null || reason.isBlank()) reason = cause.getClass().getSimpleName();
        return title + " failed: " + reason;
    }
}
