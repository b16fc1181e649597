package dev.meridian.app.unlock;

import dev.meridian.app.LaunchOptions;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.app.work.Work;
import dev.meridian.core.demo.DemoVaultGenerator;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/**
 * Opens a vault: the create form when the folder holds none (then shows the recovery code once), the
 * unlock form otherwise (password or recovery code). Key derivation runs in the background with a
 * progress indicator. The demo vault opens by itself with its public password.
 */
public final class UnlockController {

    private final VaultFolder folder;
    private final boolean demo;
    private final boolean autoOpenDemo;
    private final KdfParams kdf;
    private final BackgroundWork work;
    private final DemoSeeder seeder;
    private final Consumer<OpenedVault> onOpened;
    private final UnlockModel model;
    private final UnlockView view;
    private Vault created;

    /**
     * @param kdf    key-derivation cost for a new vault (the demo vault uses the light one)
     * @param seeder fills a new demo vault; null leaves it empty
     * @param autoOpenDemo open the demo vault without asking (at start; after a lock the form shows)
     */
    public UnlockController(VaultFolder folder, String vaultName, boolean demo, boolean autoOpenDemo, KdfParams kdf,
                            BackgroundWork work, DemoSeeder seeder, Consumer<OpenedVault> onOpened) {
        this.folder = folder;
        this.demo = demo;
        this.autoOpenDemo = autoOpenDemo;
        this.kdf = kdf;
        this.work = work;
        this.seeder = seeder;
        this.onOpened = onOpened;
        this.model = new UnlockModel(vaultName, folder.dir().toAbsolutePath().toString(), demo);
        this.view = new UnlockView(model, this);
    }

    public Parent view() {
        return view.root();
    }

    public UnlockModel model() {
        return model;
    }

    /** Decides which form to show (checking the folder off the FX thread); the demo vault opens at once. */
    public void start() {
        model.mode.set(UnlockModel.Mode.OPENING);
        model.progressMessage.set("Looking for the vault…");
        work.submit("Checking vault", p -> folder.exists(), exists -> {
            if (demo && (autoOpenDemo || !exists)) {
                openDemo(exists);
            } else {
                model.progressMessage.set("");
                model.mode.set(exists ? UnlockModel.Mode.UNLOCK : UnlockModel.Mode.CREATE);
                view.focusFirstField();
            }
        }, this::showFailure);
    }

    void onPasswordTyped(CharSequence password) {
        model.strength.set(PasswordStrength.of(password));
    }

    void create(char[] password, char[] repeat) {
        try {
            if (password.length < PasswordStrength.MIN_LENGTH) {
                model.message.set("Password: use at least " + PasswordStrength.MIN_LENGTH + " characters.");
                view.focusFirstField();
                return;
            }
            if (!Arrays.equals(password, repeat)) {
                model.message.set("Repeat password: the two passwords differ.");
                view.focusRepeatField();
                return;
            }
        } finally {
            Arrays.fill(repeat, '\0');
        }
        char[] copy = password.clone();
        Arrays.fill(password, '\0');
        runBusy("Creating vault", "Creating the vault and deriving its key…", p -> {
            try {
                return folder.create(copy, kdf);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, result -> {
            created = result.vault();
            model.recoveryCode.set(result.recoveryCode());
            model.recoveryCodeConfirmed.set(false);
            model.mode.set(UnlockModel.Mode.RECOVERY_CODE);
        });
    }

    /** After the user confirmed writing the code down: forget it and open the workstation. */
    void continueAfterRecoveryCode() {
        if (!model.recoveryCodeConfirmed.get() || created == null) return;
        model.recoveryCode.set("");
        Vault vault = created;
        created = null;
        onOpened.accept(new OpenedVault(vault, model.vaultName, false));
    }

    void unlock(char[] secret) {
        if (secret.length == 0) {
            model.message.set(model.useRecoveryCode.get() ? "Recovery code: enter the code you wrote down." : "Password: enter your master password.");
            view.focusFirstField();
            return;
        }
        boolean recovery = model.useRecoveryCode.get();
        char[] copy = secret.clone();
        Arrays.fill(secret, '\0');
        String name = model.vaultName;
        runBusy("Unlocking vault", "Deriving the key…", p -> {
            Vault vault;
            try {
                vault = recovery ? folder.unlockWithRecoveryCode(new String(copy)) : folder.unlock(copy);
            } finally {
                Arrays.fill(copy, '\0');
            }
            // Generated data is labelled as such however the vault was opened (--demo or --vault PATH).
            try {
                boolean generated = new SettingsRepository(vault.dsl()).get(DemoVaultGenerator.SETTING_DEMO_SEED).isPresent();
                return new OpenedVault(vault, name, demo || generated);
            } catch (RuntimeException e) {
                vault.close();
                throw e;
            }
        }, onOpened);
    }

    private void openDemo(boolean exists) {
        runBusy(exists ? "Opening demo vault" : "Creating demo vault",
                exists ? "Opening the demo vault…" : "Creating the demo vault…", p -> {
            char[] password = LaunchOptions.DEMO_PASSWORD.toCharArray();
            Vault vault = exists ? folder.unlock(password) : folder.create(password, kdf).vault();
            if (seeder == null) return vault;
            try {
                seeder.seedIfEmpty(vault, p);
                return vault;
            } catch (Exception | Error e) {
                vault.close();
                throw e;
            }
        }, vault -> onOpened.accept(new OpenedVault(vault, model.vaultName, true)));
    }

    private <T> void runBusy(String title, String firstMessage, Work<T> step, Consumer<T> done) {
        model.message.set("");
        model.busy.set(true);
        model.progress.set(-1);
        model.progressMessage.set(firstMessage);
        Task<T> task = work.submit(title, step, result -> {
            model.busy.set(false);
            model.progressMessage.set("");
            done.accept(result);
        }, this::showFailure);
        model.progress.bind(task.progressProperty());
        task.messageProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) model.progressMessage.set(now);
        });
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) model.progress.unbind();
        });
    }

    private void showFailure(Throwable failure) {
        model.busy.set(false);
        model.progressMessage.set("");
        model.message.set(messageFor(failure));
        if (model.mode.get() == UnlockModel.Mode.OPENING && !demo) model.mode.set(UnlockModel.Mode.UNLOCK);
        view.focusFirstField();
    }

    static String messageFor(Throwable failure) {
        if (failure instanceof VaultException ve) return ve.getMessage();
        String reason = failure.getMessage();
        return "Could not open the vault: " + (reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason);
    }

    /** For the smoke run and tests: whether the screen is still working. */
    public boolean isBusy() {
        return model.busy.get();
    }
}
