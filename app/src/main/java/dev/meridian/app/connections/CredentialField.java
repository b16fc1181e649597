package dev.meridian.app.connections;

import java.util.List;
import java.util.Objects;

/**
 * One value a provider needs. Secret fields are typed into a password field, shown masked, and
 * kept when left empty on edit. {@code choices}, when given, makes the field a pick list.
 */
public record CredentialField(String key, String label, boolean secret, boolean required, String help, List<String> choices) {

    public CredentialField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static CredentialField secret(String key, String label, boolean required, String help) {
        return new CredentialField(key, label, true, required, help, List.of());
    }

    public static CredentialField text(String key, String label, boolean required, String help) {
        return new CredentialField(key, label, false, required, help, List.of());
    }

    public static CredentialField choice(String key, String label, String help, List<String> choices) {
        return new CredentialField(key, label, false, true, help, choices);
    }
}
