package dev.meridian.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * Applies the theme: AtlantaFX Primer light or dark as the user-agent stylesheet, plus our own
 * stylesheet (Modena variable mapping and app style classes) on every scene it is given.
 * Changing {@link #choiceProperty()} restyles every open window at once.
 */
public final class Themes {

    /** Our stylesheet; maps Modena variables onto AtlantaFX ones and defines the app's style classes. */
    public static final String APP_STYLESHEET =
            Objects.requireNonNull(Themes.class.getResource("/dev/meridian/app/meridian.css")).toExternalForm();

    private static final Theme LIGHT = new PrimerLight();
    private static final Theme DARK = new PrimerDark();

    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(ThemeChoice.LIGHT);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private final ChangeListener<ColorScheme> systemSchemeListener = (obs, old, now) -> apply();
    private boolean pinned;

    public Themes() {
        choice.addListener((obs, old, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener(systemSchemeListener);
    }

    /** A theme given on the command line: used for this session instead of the vault's saved one. */
    public void pinForSession(ThemeChoice theme) {
        choice.set(theme);
        pinned = true;
    }

    /** False when the command line chose the theme, so an unlocked vault must not replace it. */
    public boolean followsVault() {
        return !pinned;
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** True while the dark palette is in effect, whichever way it was chosen. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Light to dark and back; from "Follow system" it switches to the opposite of what is shown. */
    public void toggle() {
        choice.set(dark.get() ? ThemeChoice.LIGHT : ThemeChoice.DARK);
    }

    /** Adds our stylesheet to a scene; the user-agent theme applies to all scenes already. */
    public void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_STYLESHEET)) scene.getStylesheets().add(APP_STYLESHEET);
    }

    /** Sets the user-agent stylesheet for the current choice; call once at start. */
    public void apply() {
        boolean useDark = switch (choice.get()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        dark.set(useDark);
        Application.setUserAgentStylesheet((useDark ? DARK : LIGHT).getUserAgentStylesheet());
    }
}
