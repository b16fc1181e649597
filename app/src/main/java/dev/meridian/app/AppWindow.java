package dev.meridian.app;

import dev.meridian.app.theme.Themes;
import dev.meridian.app.unlock.DemoSeeder;
import dev.meridian.app.unlock.OpenedVault;
import dev.meridian.app.unlock.UnlockController;
import dev.meridian.app.window.MachinePreferences;
import dev.meridian.app.window.WindowMemory;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one main window and its two states: locked (the unlock screen) and open (the workstation).
 * Locking — by hand or by the idle timer — drops the workstation, shows the unlock screen at once
 * and closes the vault in the background before the form accepts a password again.
 */
public final class AppWindow {

    private static final Logger LOG = System.getLogger(AppWindow.class.getName());
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final VaultFolder folder;
    private final String vaultName;
    private final boolean demo;
    private final KdfParams newVaultKdf;
    private final DemoSeeder seeder;
    private final BackgroundWork work;
    private final Themes themes;
    private final MachinePreferences machine;
    private final WindowMemory memory;
    private final ReadOnlyObjectWrapper<Workstation> workstation = new ReadOnlyObjectWrapper<>();
    private Consumer<String> browser = url -> { };
    private final ReadOnlyObjectWrapper<UnlockController> unlock = new ReadOnlyObjectWrapper<>();
    private Scene scene;

    public AppWindow(Stage stage, VaultFolder folder, boolean demo, KdfParams newVaultKdf, DemoSeeder seeder,
                     BackgroundWork work, Themes themes, MachinePreferences machine) {
        this.stage = stage;
        this.folder = folder;
        this.demo = demo;
        this.vaultName = demo ? "Demo vault" : folder.dir().getFileName().toString();
        this.newVaultKdf = newVaultKdf;
        this.seeder = seeder;
        this.work = work;
        this.themes = themes;
        this.machine = machine;
        this.memory = new WindowMemory(machine);
    }

    /** Shows the window with the unlock screen; the demo vault opens by itself. */
    public void start(double defaultWidth, double defaultHeight) {
        scene = new Scene(new StackPane(), defaultWidth, defaultHeight);
        themes.style(scene);
        watchActivity(scene);
        // Typing in a dialog is activity too: without this, auto-lock could strike mid-edit.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w instanceof Stage owned && owned.getOwner() == stage && owned.getScene() != null) watchActivity(owned.getScene());
                }
            }
        });
        stage.setScene(scene);
        stage.setTitle(title(demo));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        memory.restore(stage, defaultWidth, defaultHeight);
        showUnlock(true).start();
        stage.show();
    }

    public ReadOnlyObjectProperty<Workstation> workstationProperty() {
        return workstation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UnlockController> unlockProperty() {
        return unlock.getReadOnlyProperty();
    }

    public Stage stage() {
        return stage;
    }

    /** Locks now: the screens' data goes, the unlock screen shows, the vault closes in the background. */
    public void lock() {
        Workstation open = workstation.get();
        if (open == null) return;
        closeOwnedWindows();
        workstation.set(null);
        Vault vault = open.close();
        UnlockController next = showUnlock(false);
        work.submit("Locking vault", p -> {
            vault.close();
            return Boolean.TRUE;
        }, closed -> next.start(), failure -> {
            LOG.log(Level.WARNING, "Closing the vault failed", failure);
            next.start();
        });
    }

    /** Called when the app exits: remembers the window and closes an open vault. */
    public void shutdown() {
        if (stage.isShowing() || stage.getWidth() > 0) memory.remember(stage);
        Workstation open = workstation.get();
        if (open == null) return;
        workstation.set(null);
        open.close().close();
    }

    /** Dialogs still open (an edit, a confirmation) show vault data: they go when the vault locks. */
    private void closeOwnedWindows() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage owned && owned.getOwner() == stage) owned.close();
        }
    }

    private UnlockController showUnlock(boolean firstStart) {
        UnlockController controller = new UnlockController(folder, vaultName, demo, firstStart, newVaultKdf, work, seeder, this::open);
        unlock.set(controller);
        scene.setRoot(controller.view());
        return controller;
    }

    /** How web addresses (Plaid Link) are opened: the app passes HostServices.showDocument. */
    public void openLinksWith(Consumer<String> opener) {
        this.browser = opener;
    }

    private void open(OpenedVault opened) {
        Workstation ws = new Workstation(opened, work, themes, machine, this::lock);
        ws.openLinksWith(browser);
        stage.setTitle(title(opened.demo()));
        unlock.set(null);
        workstation.set(ws);
        scene.setRoot(ws.view());
    }

    private void watchActivity(Scene target) {
        for (var type : List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL)) {
            target.addEventFilter(type, this::onActivity);
        }
    }

    private void onActivity(Event e) {
        Workstation open = workstation.get();
        if (open != null) open.touch();
    }

    private String title(boolean demoData) {
        return "Meridian — " + vaultName + (demoData ? " — Demo data" : "");
    }
}
