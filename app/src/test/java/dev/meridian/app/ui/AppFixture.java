package dev.meridian.app.ui;

import org.testfx.api.FxRobot;
import dev.meridian.app.AppWindow;
import dev.meridian.app.theme.Themes;
import dev.meridian.app.window.MachinePreferences;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a vault in a temporary folder, built the way {@code MeridianApp} builds it,
 * so the tests drive what users get. Window size stays within the headless 1000x1000 screen.
 */
final class AppFixture {

    static final String PASSWORD = "correct horse battery";

    final Path root;
    final VaultFolder folder;
    final BackgroundWork work = new BackgroundWork(2);
    final Themes themes = new Themes();
    AppWindow window;

    AppFixture() throws IOException {
        root = Files.createTempDirectory("meridian-ui-");
        folder = new VaultFolder(root.resolve("vault"));
    }

    /** Creates the vault beforehand (light key derivation) and lets {@code fill} add data to it. */
    AppFixture withVault(Consumer<Vault> fill) throws Exception {
        Vault vault = folder.create(PASSWORD.toCharArray(), KdfParams.light()).vault();
        try {
            fill.accept(vault);
        } finally {
            vault.close();
        }
        return this;
    }

    /** Starts from a copy of a vault folder made earlier (e.g. a generated demo vault shared by several tests). */
    AppFixture withCopyOf(Path vaultDir) throws IOException {
        try (Stream<Path> files = Files.walk(vaultDir)) {
            for (Path p : files.toList()) {
                Path target = folder.dir().resolve(vaultDir.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return this;
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds. Reading nodes from the test
     * thread can see stale values (e.g. a null scene); the FX thread hand-off makes them current.
     */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and returns the result. */
    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
    }

    /** True when the node is shown: in a window, and it and all its parents visible. */
    static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) return false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    void start(Stage stage) {
        themes.apply();
        window = new AppWindow(stage, folder, false, KdfParams.light(), null, work, themes, new MachinePreferences(root.resolve("config")));
        window.start(960, 720);
    }

    void stop() throws Exception {
        if (window != null) WaitForAsyncUtils.asyncFx(window::shutdown).get(30, TimeUnit.SECONDS);
        work.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Unlocks with the test password, waits for the first screen after unlock (the dashboard), then opens
     * {@code screenId} from the sidebar and waits until {@code readyQuery} matches a node.
     */
    static void unlockAndOpen(FxRobot robot, String screenId, String readyQuery) throws Exception {
        robot.clickOn("#unlock-password").write(PASSWORD).clickOn("#unlock-button");
        UnlockScreenTest.waitFor(robot, "#dashboard-screen");
        robot.clickOn("#nav-" + screenId);
        UnlockScreenTest.waitFor(robot, readyQuery);
    }
}
