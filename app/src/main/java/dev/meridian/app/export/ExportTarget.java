package dev.meridian.app.export;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save an export, suggesting a file name from what and when; empty when the user cancels. */
public final class ExportTarget {

    private ExportTarget() {}

    public static Optional<Path> choose(Window owner, String what, String scopeLabel, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + what);
        chooser.setInitialFileName(fileName(what, scopeLabel, LocalDate.now(), extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " files", "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** "holdings-us-stocks-etfs-2026-11-25.csv": lower case, letters and digits joined by dashes. */
    static String fileName(String what, String scopeLabel, LocalDate day, String extension) {
        String slug = (what + " " + scopeLabel).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-" + day + "." + extension;
    }
}
