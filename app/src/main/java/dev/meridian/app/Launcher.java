package dev.meridian.app;

import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * The main class. It does not extend {@link Application}: on the classpath, a main class that does
 * fails with "JavaFX runtime components are missing". Parses the command line (help and version end
 * here), then starts {@link MeridianApp} with the same arguments.
 */
public final class Launcher implements Callable<Integer> {

    private final String[] args;

    private Launcher(String[] args) {
        this.args = args.clone();
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and tips to the log unless told not to; users should not see them.
        if (System.getProperty("org.jooq.no-logo") == null) System.setProperty("org.jooq.no-logo", "true");
        if (System.getProperty("org.jooq.no-tips") == null) System.setProperty("org.jooq.no-tips", "true");
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine cli = new CommandLine(new LaunchOptions.Arguments());
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) return 0;
        } catch (CommandLine.ParameterException e) {
            cli.getErr().println(e.getMessage());
            cli.usage(cli.getErr());
            return CommandLine.ExitCode.USAGE;
        }
        return new Launcher(args).call();
    }

    @Override
    public Integer call() {
        Application.launch(MeridianApp.class, args);
        return ExitStatus.code();
    }
}
