package dev.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.app.theme.ThemeChoice;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LaunchOptionsTest {

    @Test
    void noArgumentsOpensTheDefaultVault() {
        assertThat(LaunchOptions.parse()).isEqualTo(new LaunchOptions(Optional.empty(), false, false, Optional.empty()));
    }

    @Test
    void smokeImpliesDemoAndVaultOverridesTheLocation() {
        LaunchOptions o = LaunchOptions.parse("--smoke", "--vault", "/tmp/v");
        assertThat(o.smoke()).isTrue();
        assertThat(o.demo()).isTrue();
        assertThat(o.vault()).contains(Path.of("/tmp/v"));
    }

    @Test
    void themeIsParsedInAnyCaseAndBadNamesAreRefused() {
        assertThat(LaunchOptions.parse("--theme", "Dark").theme()).contains(ThemeChoice.DARK);
        assertThatThrownBy(() -> LaunchOptions.parse("--theme", "purple"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("'purple' is not a theme: use light, dark or system");
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse("--demo", "--colour"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--colour");
    }

    @Test
    void helpAndVersionEndBeforeJavaFxStarts() {
        assertThat(Launcher.run(new String[] {"--help"})).isZero();
        assertThat(Launcher.run(new String[] {"--version"})).isZero();
        assertThat(Launcher.run(new String[] {"--no-such-option"})).isEqualTo(CommandLine.ExitCode.USAGE);
    }
}
