package dev.meridian.app.palette;

import java.util.List;

/** Items that depend on the query and come from the vault (instruments); runs off the FX thread. */
@FunctionalInterface
public interface PaletteSearch {
    List<PaletteItem> search(String query) throws Exception;
}
