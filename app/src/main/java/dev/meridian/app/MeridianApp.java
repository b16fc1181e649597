package dev.meridian.app;

import dev.meridian.app.theme.ThemeChoice;
import dev.meridian.app.theme.Themes;
import dev.meridian.app.unlock.DemoSeeder;
import dev.meridian.app.window.MachinePreferences;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.demo.DemoVaultGenerator;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.vault.VaultLocations;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads the launch options and wires the process-wide pieces. */
public final class MeridianApp extends Application {

    /** Jobs that may run at once; two cores are common, database work is mostly I/O-bound. */
    static final int PARALLEL_JOBS = 4;

    private BackgroundWork work;
    private AppWindow window;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        VaultLocations locations = VaultLocations.ofThisMachine();
        Path folder = options.vault().orElse(options.demo() ? locations.demoVault() : locations.defaultVault());
        MachinePreferences machine = new MachinePreferences(configDirectory(locations));

        Themes themes = new Themes();
        machine.lastTheme().flatMap(ThemeChoice::parse).ifPresent(themes.choiceProperty()::set);
        options.theme().ifPresent(themes::pinForSession);
        themes.apply();

        work = new BackgroundWork(PARALLEL_JOBS);
        KdfParams kdf = options.demo() ? KdfParams.light() : KdfParams.defaults();
        window = new AppWindow(stage, new VaultFolder(folder), options.demo(), kdf, demoSeeder(), work, themes, machine);
        window.openLinksWith(getHostServices()::showDocument);
        if (options.smoke()) new SmokeRun(window, work).watch();
        window.start(AppWindow.DEFAULT_WIDTH, AppWindow.DEFAULT_HEIGHT);
    }

    @Override
    public void stop() {
        if (window != null) window.shutdown();
        if (work != null) work.close();
    }

    /** Per-machine preferences live beside the vaults; {@code -Dmeridian.config.dir} overrides for tests. */
    private static Path configDirectory(VaultLocations locations) {
        String override = System.getProperty("meridian.config.dir");
        return override != null && !override.isBlank() ? Path.of(override) : locations.appDataDir();
    }

    /** The demo's seed: every newcomer sees the same generated vault (anchored at today's date). */
    static final long DEMO_SEED = 42;

    private static DemoSeeder demoSeeder() {
        return (vault, progress) -> {
            // The generator writes this setting last, in the same transaction as the data.
            if (new SettingsRepository(vault.dsl()).get(DemoVaultGenerator.SETTING_DEMO_SEED).isPresent()) return;
            new DemoVaultGenerator(DEMO_SEED, LocalDate.now()).populate(vault.dsl(), progress);
        };
    }
}
