package dev.meridian.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The build's version, filtered into version.properties by Maven; shown by {@code --version}. */
public final class AppVersion implements IVersionProvider {

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/meridian/app/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Meridian " + current(), "Java " + Runtime.version() + ", JavaFX " + System.getProperty("javafx.runtime.version", "26")};
    }
}
