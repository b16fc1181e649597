package dev.meridian.app;

import dev.meridian.app.theme.ThemeChoice;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the command line asked for. {@code --smoke} implies {@code --demo}: it opens the demo vault
 * (at {@code --vault} when given), waits for the main window and exits 0, or non-zero on failure.
 */
public record LaunchOptions(Optional<Path> vault, boolean demo, boolean smoke, Optional<ThemeChoice> theme) {

    /** The demo vault's fixed password: the demo data is public by design. */
    public static final String DEMO_PASSWORD = "demo";

    public static LaunchOptions parse(String... args) {
        Arguments parsed = new Arguments();
        new CommandLine(parsed).parseArgs(args);
        return parsed.toOptions();
    }

    /** The picocli command: options plus standard {@code --help} and {@code --version}. */
    @Command(name = "meridian", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Private, offline-first workstation for trading and personal finance.")
    public static final class Arguments {

        @Option(names = "--demo", description = "Open the demo vault (created with generated data on first run; password \"demo\").")
        boolean demo;

        @Option(names = "--vault", paramLabel = "PATH", description = "Vault folder to open instead of the default location.")
        Path vault;

        @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class,
                description = "Theme for this session: light, dark or system (overrides the saved choice).")
        ThemeChoice theme;

        @Option(names = "--smoke", description = "Open the demo vault, show the main window, exit 0 once it is laid out (non-zero on failure).")
        boolean smoke;

        LaunchOptions toOptions() {
            return new LaunchOptions(Optional.ofNullable(vault), demo || smoke, smoke, Optional.ofNullable(theme));
        }
    }

    /** Accepts light, dark or system in any case; anything else is a usage error naming the choices. */
    static final class ThemeConverter implements CommandLine.ITypeConverter<ThemeChoice> {
        @Override
        public ThemeChoice convert(String value) {
            return ThemeChoice.parse(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not a theme: use light, dark or system"));
        }
    }
}
