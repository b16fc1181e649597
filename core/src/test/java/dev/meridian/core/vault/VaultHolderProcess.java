package dev.meridian.core.vault;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Test helper run in a separate JVM: reads the password from stdin, unlocks the vault given as
 * argument, prints {@link #OPENED}, and keeps it open until stdin is closed.
 */
public final class VaultHolderProcess {

    static final String OPENED = "OPENED";

    private VaultHolderProcess() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = in.readLine();
        try (Vault vault = new VaultFolder(Path.of(args[0])).unlock(password.toCharArray())) {
            System.out.println(OPENED);
            System.out.flush();
            while (in.read() != -1) {
                // Hold the vault until the parent closes our stdin.
            }
        }
    }
}
