package dev.meridian.app.connections;

/** The user-facing sentence for a failed job: the exception's own message, never a stack trace. */
final class WorkMessages {

    private WorkMessages() { }

    static String of(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
