package dev.meridian.app.unlock;

import dev.meridian.core.vault.Vault;
import dev.meridian.core.work.Progress;

/** Fills a freshly created demo vault with generated data; runs off the FX thread. */
@FunctionalInterface
public interface DemoSeeder {
    void seed(Vault vault, Progress progress) throws Exception;
}
