package dev.meridian.app.settings;

import dev.meridian.app.shell.Screen;
import dev.meridian.app.theme.Themes;
import dev.meridian.app.unlock.PasswordStrength;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.vault.AutoLock;
import dev.meridian.core.vault.VaultException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javafx.scene.Parent;

/** Theme, auto-lock timeout, vault location and password change; settings persist in the vault. */
public final class SettingsController implements Screen {

    private final VaultPreferences preferences;
    private final AutoLock autoLock;
    private final PasswordChange passwordChange;
    private final BackgroundWork work;
    private final SettingsModel model = new SettingsModel();
    private final SettingsView view;

    public SettingsController(VaultPreferences preferences, Themes themes, AutoLock autoLock, PasswordChange passwordChange,
                              Path vaultLocation, BackgroundWork work) {
        this.preferences = preferences;
        this.autoLock = autoLock;
        this.passwordChange = passwordChange;
        this.work = work;
        model.vaultLocation.set(vaultLocation.toAbsolutePath().toString());
        this.view = new SettingsView(model, this);
        // Weak both ways: the theme outlives this screen; the workstation persists changes to it.
        model.theme.bindBidirectional(themes.choiceProperty());
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public SettingsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        work.submit("Loading settings", p -> preferences.autoLockMinutes(), minutes -> {
            model.autoLockText.set(Integer.toString(minutes));
            model.autoLockError.set(false);
            model.autoLockMessage.set("");
        });
    }

    void applyAutoLock() {
        switch (AutoLockMinutes.parse(model.autoLockText.get())) {
            case AutoLockMinutes.Invalid bad -> {
                model.autoLockError.set(true);
                model.autoLockMessage.set(bad.message());
            }
            case AutoLockMinutes.Valid ok -> work.submit("Saving auto-lock", p -> {
                preferences.setAutoLockMinutes(ok.minutes());
                return ok.minutes();
            }, minutes -> {
                autoLock.setIdleTimeout(Duration.ofMinutes(minutes));
                model.autoLockError.set(false);
                model.autoLockMessage.set("Locks after " + minutes + (minutes == 1 ? " minute" : " minutes") + " without input.");
            });
        }
    }

    void changePassword(char[] current, char[] next, char[] repeat) {
        try {
            if (current.length == 0) {
                fail("Current password: required.");
                return;
            }
            if (next.length < PasswordStrength.MIN_LENGTH) {
                fail("New password: use at least " + PasswordStrength.MIN_LENGTH + " characters.");
                return;
            }
            if (!Arrays.equals(next, repeat)) {
                fail("Repeat new password: the two new passwords differ.");
                return;
            }
        } finally {
            Arrays.fill(repeat, '\0');
        }
        char[] cur = current.clone();
        char[] nxt = next.clone();
        Arrays.fill(current, '\0');
        Arrays.fill(next, '\0');
        model.changingPassword.set(true);
        model.passwordMessage.set("Re-encrypting the vault keys…");
        model.passwordError.set(false);
        work.submit("Changing password", p -> {
            try {
                passwordChange.change(cur, nxt);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(cur, '\0');
                Arrays.fill(nxt, '\0');
            }
        }, ok -> {
            model.changingPassword.set(false);
            model.passwordError.set(false);
            model.passwordMessage.set("Password changed. Use the new one next time you unlock.");
            view.clearPasswords();
        }, failure -> {
            model.changingPassword.set(false);
            fail(failure instanceof VaultException ? failure.getMessage() : "Could not change the password: " + failure.getMessage());
        });
    }

    private void fail(String message) {
        model.passwordError.set(true);
        model.passwordMessage.set(message);
    }
}
