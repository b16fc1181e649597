package dev.meridian.app.connections;

import dev.meridian.core.domain.ConnectionSecrets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validates the connection dialog and builds the sealed values to store. A secret left empty while
 * editing keeps the stored one (the dialog never shows stored secrets); every other problem is
 * reported against its field and nothing is built.
 */
public final class ConnectionForm {

    public static final String NAME = "name";
    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 2000;

    private ConnectionForm() { }

    /** Either the name and values to store, or the errors per field key ({@link #NAME} for the name). */
    public record Outcome(String name, ConnectionSecrets secrets, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * @param entered what the user typed per field key (blank = nothing)
     * @param stored  the values stored so far (empty for a new connection)
     */
    public static Outcome validate(ProviderDescriptor provider, String name, Map<String, String> entered, ConnectionSecrets stored) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) errors.put(NAME, "Name: required, e.g. \"" + provider.displayName() + "\".");
        if (cleanName.length() > MAX_NAME) errors.put(NAME, "Name: at most " + MAX_NAME + " characters.");
        ConnectionSecrets result = stored;
        for (CredentialField f : provider.fields()) {
            String value = entered.getOrDefault(f.key(), "");
            value = value == null ? "" : value.strip();
            boolean keepStored = f.secret() && value.isEmpty() && stored.get(f.key()).isPresent();
            if (keepStored) continue;
            if (value.isEmpty() && f.required()) {
                errors.put(f.key(), f.label() + ": required. " + (f.help() == null ? "" : f.help()));
                continue;
            }
            if (value.length() > MAX_VALUE) {
                errors.put(f.key(), f.label() + ": at most " + MAX_VALUE + " characters.");
                continue;
            }
            if (value.chars().anyMatch(Character::isWhitespace)) {
                errors.put(f.key(), f.label() + ": must not contain spaces (check the copied value).");
                continue;
            }
            if (!f.choices().isEmpty() && !value.isEmpty() && !f.choices().contains(value)) {
                errors.put(f.key(), f.label() + ": one of " + String.join(", ", f.choices()) + ".");
                continue;
            }
            result = result.with(f.key(), value);
        }
        if (!errors.isEmpty()) return new Outcome(null, null, errors);
        return new Outcome(cleanName, result, Map.of());
    }
}
