package dev.meridian.app.connections;

import dev.meridian.core.domain.ConnectionSecrets;

/**
 * "Test connection" for one provider: tries the entered values against the service (off the FX
 * thread) and returns a sentence for the user, or throws with a message saying what is wrong.
 * The Workstation hands in one per provider id that can be tested.
 */
@FunctionalInterface
public interface ConnectionTester {
    String test(ConnectionSecrets secrets) throws Exception;
}
