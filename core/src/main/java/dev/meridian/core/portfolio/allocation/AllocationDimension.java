package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.domain.Instrument;

/** A built-in way to group holdings, read from {@link Instrument} fields. */
public enum AllocationDimension {
    ASSET_CLASS, SECTOR, REGION, CURRENCY;

    /** The label of an instrument; blank fields read "Unknown". */
    public String labelOf(Instrument i) {
        String label = switch (this) {
            case ASSET_CLASS -> i.assetClass().name();
            case SECTOR -> i.sector();
            case REGION -> i.region();
            case CURRENCY -> i.currency();
        };
        return label == null || label.isBlank() ? Allocation.UNKNOWN : label;
    }
}
