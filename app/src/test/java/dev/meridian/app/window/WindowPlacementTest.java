package dev.meridian.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1440, 0, 2560, 1400);

    @Test
    void nothingRememberedCentresTheDefaultSizeOnThePrimaryScreen() {
        WindowState s = WindowPlacement.place(Optional.empty(), List.of(LAPTOP), 1280, 800);
        assertThat(s).isEqualTo(new WindowState(80, 35, 1280, 800, false));
    }

    @Test
    void aWindowFullyOnAScreenStaysExactlyWhereItWas() {
        WindowState saved = new WindowState(1600, 100, 1200, 900, false);
        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, MONITOR_RIGHT), 1280, 800)).isEqualTo(saved);
    }

    @Test
    void aWindowOnAMonitorThatIsGoneComesBackCentredOnThePrimaryScreen() {
        WindowState saved = new WindowState(1600, 100, 1200, 900, true);
        WindowState s = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), 1280, 800);
        assertThat(s.width()).isEqualTo(1200);
        assertThat(s.height()).isEqualTo(870);
        assertThat(s.x()).isEqualTo(120);
        assertThat(s.y()).isEqualTo(0);
        assertThat(s.maximized()).isTrue();
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToFitAndStaysOnIt() {
        WindowState saved = new WindowState(-50, -20, 3000, 2000, false);
        WindowState s = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), 1280, 800);
        assertThat(s).isEqualTo(new WindowState(0, 0, 1440, 870, false));
    }

    @Test
    void aWindowHangingOffTheRightEdgeIsPulledBack() {
        WindowState saved = new WindowState(1000, 200, 800, 600, false);
        WindowState s = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), 1280, 800);
        assertThat(s).isEqualTo(new WindowState(640, 200, 800, 600, false));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveEveryScreenIsRecentred() {
        WindowState saved = new WindowState(100, -700, 800, 750, false);
        WindowState s = WindowPlacement.place(Optional.of(saved), List.of(LAPTOP), 1280, 800);
        assertThat(s.y()).isEqualTo((870 - 750) / 2.0);
        assertThat(s.x()).isEqualTo((1440 - 800) / 2.0);
    }

    @Test
    void machinePreferencesRoundTripTheWindowStateAndIgnoreBrokenFiles(@TempDir Path dir) throws Exception {
        MachinePreferences prefs = new MachinePreferences(dir);
        assertThat(prefs.windowState()).isEmpty();
        prefs.setWindowState(new WindowState(10.5, 20, 900, 700, true));
        prefs.setLastTheme("DARK");
        prefs.save();

        MachinePreferences reread = new MachinePreferences(dir);
        assertThat(reread.windowState()).contains(new WindowState(10.5, 20, 900, 700, true));
        assertThat(reread.lastTheme()).contains("DARK");

        java.nio.file.Files.writeString(dir.resolve("machine.properties"), "window.x=abc\nwindow.width=-5\n");
        assertThat(new MachinePreferences(dir).windowState()).isEmpty();
    }
}
