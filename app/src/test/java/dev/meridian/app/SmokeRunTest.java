package dev.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code --smoke} the way the installer test and CI do: a separate JVM on the headless platform. */
class SmokeRunTest {

    @Test
    void smokeOpensTheDemoVaultShowsTheWindowAndExitsZero(@TempDir Path dir) throws Exception {
        Result first = run(dir, "--smoke", "--vault", dir.resolve("demo").toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Smoke test passed: main window shown and laid out");
        assertThat(dir.resolve("demo/vault.header")).exists();

        Result again = run(dir, "--smoke", "--vault", dir.resolve("demo").toString());
        assertThat(again.exitCode()).as(again.output()).isZero();
    }

    @Test
    void smokeFailsWithNonZeroWhenTheVaultCannotOpen(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "not a vault");
        Result r = run(dir, "--smoke", "--vault", notAFolder.toString());
        assertThat(r.exitCode()).as(r.output()).isEqualTo(ExitStatus.FAILED);
        assertThat(r.output()).contains("Smoke test FAILED");
    }

    private record Result(int exitCode, String output) { }

    private static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Dmeridian.config.dir=" + dir.resolve("config"),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
