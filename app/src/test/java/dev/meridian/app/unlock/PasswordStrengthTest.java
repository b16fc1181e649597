package dev.meridian.app.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void lengthDecidesMostAndShortIsRefused() {
        assertThat(PasswordStrength.of("")).isEqualTo(PasswordStrength.EMPTY);
        assertThat(PasswordStrength.of("abc123!")).isEqualTo(PasswordStrength.TOO_SHORT);
        assertThat(PasswordStrength.of("abcdefgh")).isEqualTo(PasswordStrength.WEAK);
        assertThat(PasswordStrength.of("abcdefghijklm")).isEqualTo(PasswordStrength.FAIR);
        assertThat(PasswordStrength.of("correct horse battery")).isEqualTo(PasswordStrength.STRONG);
    }

    @Test
    void mixingCharacterKindsHelpsALittle() {
        assertThat(PasswordStrength.of("abcdefghij")).isEqualTo(PasswordStrength.WEAK);
        assertThat(PasswordStrength.of("Abcdefgh1!")).isEqualTo(PasswordStrength.FAIR);
    }
}
