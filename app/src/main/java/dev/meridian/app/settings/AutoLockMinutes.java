package dev.meridian.app.settings;

/** Parses the auto-lock field: whole minutes from 1 to a day, with a message naming the field. */
public final class AutoLockMinutes {

    private AutoLockMinutes() {
    }

    public sealed interface Result permits Valid, Invalid { }

    public record Valid(int minutes) implements Result { }

    public record Invalid(String message) implements Result { }

    public static Result parse(String text) {
        String t = text == null ? "" : text.strip();
        String expected = "Auto-lock: enter whole minutes from 1 to " + VaultPreferences.MAX_AUTO_LOCK_MINUTES + ".";
        if (t.isEmpty()) return new Invalid(expected);
        if (!t.matches("\\d{1,5}")) {
            return new Invalid("Auto-lock: '" + t + "' is not a whole number of minutes (1 to " + VaultPreferences.MAX_AUTO_LOCK_MINUTES + ").");
        }
        int minutes = Integer.parseInt(t);
        if (minutes < 1 || minutes > VaultPreferences.MAX_AUTO_LOCK_MINUTES) return new Invalid(expected);
        return new Valid(minutes);
    }
}
