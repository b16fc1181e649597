package dev.meridian.core.imports.trades;

import java.util.List;

/** One broker's export layout: recognised from its header row, read into {@link TradeRow}s. */
public interface BrokerFormat {

    /** The name users see, e.g. "Trading 212 history". */
    String name();

    /** True when {@code header} (the file's first record) is this broker's. */
    boolean recognizes(List<String> header);

    TradeFile read(CharSequence text);
}
