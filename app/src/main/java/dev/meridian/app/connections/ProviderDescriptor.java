package dev.meridian.app.connections;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.ConnectionKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the Connections screen presents one provider: its kind, the fields its form asks for, where
 * to get a key, and (for market data) the asset classes it can price, which its fallback order uses.
 */
public record ProviderDescriptor(String id, String displayName, ConnectionKind kind, List<CredentialField> fields, String help,
                                 Set<AssetClass> assetClasses) {

    public ProviderDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        assetClasses = Set.copyOf(assetClasses);
    }

    /** True when the provider works without any key (only enable/disable and order apply). */
    public boolean keyless() {
        return fields.isEmpty();
    }
}
