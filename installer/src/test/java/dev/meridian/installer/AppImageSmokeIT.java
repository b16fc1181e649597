package dev.meridian.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the jpackage image the way a user would, through its native launcher and bundled runtime,
 * with {@code --smoke}: the app opens a fresh demo vault, shows its main window and exits 0.
 */
class AppImageSmokeIT {

    private static final long TIMEOUT_SECONDS = 180;
    /**
     * The jpackage launcher ignores JDK_JAVA_OPTIONS (only the java launcher reads it) but the JVM
     * itself reads JAVA_TOOL_OPTIONS. user.home is set too: Java takes it from the password database,
     * not from $HOME, and neither the vault nor JavaFX's native cache may land in the real home.
     */
    private static final String HEADLESS = "-Dglass.platform=Headless -Dprism.order=sw";

    @TempDir Path home;

    @Test
    void imageStartsOnAFreshDemoVaultAndExitsCleanly() throws Exception {
        assumeTrue(appJarHasLauncher(), "meridian-app has no dev.meridian.app.Launcher yet: no app to smoke-test");
        Path image = Path.of(System.getProperty("meridian.image"));
        Path launcher = launcherIn(image);
        assertThat(launcher).as("native launcher of the app-image").isExecutable();

        Path log = home.resolve("smoke.log");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--smoke")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("JAVA_TOOL_OPTIONS", HEADLESS + " -Duser.home=" + home);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("APPDATA", home.resolve("AppData").toString());

        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("Meridian --smoke did not exit within " + TIMEOUT_SECONDS + " s. Output:\n" + read(log));
        }
        assertThat(process.exitValue()).as("exit code of Meridian --smoke; output:%n%s", read(log)).isZero();
        assertThat(read(log)).as("the bundled runtime ran with the headless flags").contains("Picked up JAVA_TOOL_OPTIONS");
    }

    private static boolean appJarHasLauncher() throws IOException {
        Path appJar = Path.of(System.getProperty("meridian.input")).resolve(System.getProperty("meridian.mainJar"));
        try (JarFile jar = new JarFile(appJar.toFile())) {
            return jar.getEntry("dev/meridian/app/Launcher.class") != null;
        }
    }

    private static Path launcherIn(Path image) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return image.resolve("Meridian.exe");
        }
        if (os.contains("mac")) {
            return image.resolveSibling("Meridian.app").resolve("Contents/MacOS/Meridian");
        }
        return image.resolve("bin/Meridian");
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
