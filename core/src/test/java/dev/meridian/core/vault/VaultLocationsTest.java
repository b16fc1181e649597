package dev.meridian.core.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultLocationsTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHome() {
        VaultLocations locations = new VaultLocations("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), home);

        assertThat(locations.defaultVault()).isEqualTo(Path.of("/data/ada/meridian/vault"));
        assertThat(locations.demoVault()).isEqualTo(Path.of("/data/ada/meridian/demo-vault"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetEmptyOrRelative() {
        for (Map<String, String> env : java.util.List.of(Map.<String, String>of(), Map.of("XDG_DATA_HOME", " "), Map.of("XDG_DATA_HOME", "rel/dir"))) {
            assertThat(new VaultLocations("Linux", env, home).defaultVault()).isEqualTo(Path.of("/home/ada/.local/share/meridian/vault"));
        }
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        VaultLocations locations = new VaultLocations("Windows 11", Map.of("APPDATA", appData), home);

        assertThat(locations.defaultVault()).isEqualTo(Path.of(appData, "Meridian", "vault"));
        assertThat(locations.demoVault()).isEqualTo(Path.of(appData, "Meridian", "demo-vault"));
        assertThat(new VaultLocations("Windows 11", Map.of(), home).defaultVault())
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Meridian").resolve("vault"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        VaultLocations locations = new VaultLocations("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), home);

        assertThat(locations.defaultVault()).isEqualTo(Path.of("/home/ada/Library/Application Support/Meridian/vault"));
        assertThat(locations.demoVault()).isEqualTo(Path.of("/home/ada/Library/Application Support/Meridian/demo-vault"));
    }

    @Test
    void thisMachineResolvesUnderTheUsersHomeOrDataDir() {
        assertThat(VaultLocations.ofThisMachine().defaultVault().getFileName()).hasToString("vault");
    }
}
