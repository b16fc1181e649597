package dev.meridian.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.demo.DemoVaultGenerator;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.vault.VaultException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class UnlockScreenTest {

    static void waitFor(FxRobot robot, String query) throws Exception {
        AppFixture.waitFor(() -> robot.lookup(query).match(AppFixture::shown).tryQuery().isPresent());
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class NewVault {
        private AppFixture app;

        @Start
        void start(Stage stage) throws Exception {
            app = new AppFixture();
            app.start(stage);
        }

        @AfterEach
        void stop() throws Exception {
            app.stop();
        }

        @Test
        void createShowsTheRecoveryCodeOnceThenTheWorkstation(FxRobot robot) throws Exception {
            waitFor(robot, "#create-password");
            robot.clickOn("#create-password").write(AppFixture.PASSWORD);
            assertThat(robot.lookup("#password-strength").queryAs(Label.class).getText()).startsWith("Strong");
            robot.clickOn("#create-repeat").write(AppFixture.PASSWORD);
            robot.clickOn("#create-button");

            waitFor(robot, "#recovery-code");
            String code = robot.lookup("#recovery-code").queryAs(Label.class).getText();
            assertThat(code).isNotBlank();
            assertThat(robot.lookup("#continue-button").queryAs(Button.class).isDisabled()).isTrue();
            robot.clickOn("#recovery-confirm").clickOn("#continue-button");

            waitFor(robot, "#shell");
            assertThat(robot.lookup("#recovery-code").tryQuery()).isEmpty();
            assertThat(app.window.stage().getTitle()).isEqualTo("Meridian — vault");
            assertThat(app.folder.exists()).isTrue();
        }

        @Test
        void differentRepeatSaysSoAndCreatesNothing(FxRobot robot) throws Exception {
            waitFor(robot, "#create-password");
            robot.clickOn("#create-password").write(AppFixture.PASSWORD);
            robot.clickOn("#create-repeat").write("something else entirely");
            robot.clickOn("#create-button");

            assertThat(robot.lookup("#unlock-message").queryAs(Label.class).getText())
                    .isEqualTo("Repeat password: the two passwords differ.");
            assertThat(app.folder.exists()).isFalse();
        }
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class ExistingVault {
        private AppFixture app;

        @Start
        void start(Stage stage) throws Exception {
            app = new AppFixture().withVault(v -> { });
            app.start(stage);
        }

        @AfterEach
        void stop() throws Exception {
            app.stop();
        }

        @Test
        void wrongPasswordShowsTheVaultsMessageAndKeepsFocus(FxRobot robot) throws Exception {
            waitFor(robot, "#unlock-password");
            robot.clickOn("#unlock-password").write("not the password");
            robot.clickOn("#unlock-button");

            AppFixture.waitFor(() -> !robot.lookup("#unlock-message").queryAs(Label.class).getText().isEmpty());
            String expected = wrongPasswordMessage();
            assertThat(robot.lookup("#unlock-message").queryAs(Label.class).getText()).isEqualTo(expected);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#unlock-password").queryAs(PasswordField.class).isFocused()).isTrue();
            assertThat(robot.lookup("#shell").tryQuery()).isEmpty();

            robot.write(AppFixture.PASSWORD);
            robot.clickOn("#unlock-button");
            waitFor(robot, "#shell");
        }

        @Test
        void lockReturnsToTheUnlockScreenAndClosesTheVault(FxRobot robot) throws Exception {
            waitFor(robot, "#unlock-password");
            robot.clickOn("#unlock-password").write(AppFixture.PASSWORD).clickOn("#unlock-button");
            waitFor(robot, "#shell");

            robot.clickOn("#lock-button");
            waitFor(robot, "#unlock-password");
            assertThat(robot.lookup("#shell").tryQuery()).isEmpty();
            assertThat(app.window.workstationProperty().get()).isNull();
            // The folder lock is released only once the vault closed: opening it here proves that.
            app.folder.unlock(AppFixture.PASSWORD.toCharArray()).close();
        }

        private String wrongPasswordMessage() {
            try {
                app.folder.unlock("not the password".toCharArray()).close();
                throw new AssertionError("wrong password unlocked the vault");
            } catch (VaultException e) {
                assertThat(e.reason()).isEqualTo(VaultException.Reason.WRONG_PASSWORD);
                return e.getMessage();
            }
        }
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class GeneratedVaultOpenedByPath {
        private AppFixture app;

        @Start
        void start(Stage stage) throws Exception {
            app = new AppFixture().withVault(v -> new SettingsRepository(v.dsl()).put(DemoVaultGenerator.SETTING_DEMO_SEED, "42"));
            app.start(stage);
        }

        @AfterEach
        void stop() throws Exception {
            app.stop();
        }

        @Test
        void isLabelledAsDemoDataWithoutTheDemoFlag(FxRobot robot) throws Exception {
            waitFor(robot, "#unlock-password");
            robot.clickOn("#unlock-password").write(AppFixture.PASSWORD).clickOn("#unlock-button");
            waitFor(robot, "#shell");

            assertThat(AppFixture.fx(() -> app.window.stage().getTitle())).isEqualTo("Meridian — vault — Demo data");
        }
    }
}
