package dev.meridian.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutoLockMinutesTest {

    @Test
    void acceptsWholeMinutesFromOneToADay() {
        assertThat(AutoLockMinutes.parse(" 15 ")).isEqualTo(new AutoLockMinutes.Valid(15));
        assertThat(AutoLockMinutes.parse("1")).isEqualTo(new AutoLockMinutes.Valid(1));
        assertThat(AutoLockMinutes.parse("1440")).isEqualTo(new AutoLockMinutes.Valid(1440));
    }

    @Test
    void refusesEverythingElseNamingTheField() {
        assertThat(AutoLockMinutes.parse("0")).isEqualTo(new AutoLockMinutes.Invalid("Auto-lock: enter whole minutes from 1 to 1440."));
        assertThat(AutoLockMinutes.parse("1441")).isInstanceOf(AutoLockMinutes.Invalid.class);
        assertThat(AutoLockMinutes.parse("")).isInstanceOf(AutoLockMinutes.Invalid.class);
        assertThat(AutoLockMinutes.parse("-5")).isEqualTo(new AutoLockMinutes.Invalid("Auto-lock: '-5' is not a whole number of minutes (1 to 1440)."));
        assertThat(AutoLockMinutes.parse("2.5")).isInstanceOf(AutoLockMinutes.Invalid.class);
    }
}
