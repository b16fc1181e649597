package dev.meridian.app.unlock;

/**
 * A rough, honest strength hint for a new master password: length counts most, mixing kinds of
 * characters a little. It guides; the only hard rule is {@link #MIN_LENGTH}.
 */
public enum PasswordStrength {
    EMPTY("At least " + PasswordStrength.MIN_LENGTH + " characters; several words are strongest", "strength-empty"),
    TOO_SHORT("Too short: use at least " + PasswordStrength.MIN_LENGTH + " characters", "strength-weak"),
    WEAK("Weak: longer is stronger — try a phrase of several words", "strength-weak"),
    FAIR("Fair: a few more characters would make it strong", "strength-fair"),
    STRONG("Strong", "strength-strong");

    public static final int MIN_LENGTH = 8;

    private final String hint;
    private final String styleClass;

    PasswordStrength(String hint, String styleClass) {
        this.hint = hint;
        this.styleClass = styleClass;
    }

    public String hint() {
        return hint;
    }

    public String styleClass() {
        return styleClass;
    }

    public static PasswordStrength of(CharSequence password) {
        int length = password.length();
        if (length == 0) return EMPTY;
        if (length < MIN_LENGTH) return TOO_SHORT;
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < length; i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        int score = length + 3 * (kinds - 1);
        if (score >= 20) return STRONG;
        if (score >= 13) return FAIR;
        return WEAK;
    }
}
