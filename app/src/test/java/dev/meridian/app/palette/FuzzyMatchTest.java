package dev.meridian.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyMatchTest {

    @Test
    void charactersMustAppearInOrder() {
        assertThat(FuzzyMatch.score("acc", "Accounts & Transactions")).isPositive();
        assertThat(FuzzyMatch.score("lkv", "Lock vault")).isPositive();
        assertThat(FuzzyMatch.score("vl", "Lock vault")).isPositive();
        assertThat(FuzzyMatch.score("zz", "Lock vault")).isEqualTo(FuzzyMatch.NO_MATCH);
        assertThat(FuzzyMatch.score("tl", "Lock vault")).isEqualTo(FuzzyMatch.NO_MATCH);
    }

    @Test
    void prefixAndWordStartsBeatScatteredHits() {
        int prefix = FuzzyMatch.score("set", "Settings");
        int scattered = FuzzyMatch.score("set", "Toggle theme: system default");
        assertThat(prefix).isGreaterThan(scattered);
        assertThat(FuzzyMatch.score("tt", "Toggle theme")).isGreaterThan(FuzzyMatch.score("tt", "Settings"));
    }

    @Test
    void emptyQueryMatchesEverythingEqually() {
        assertThat(FuzzyMatch.score("  ", "Settings")).isZero();
        assertThat(FuzzyMatch.score("", "Lock vault")).isZero();
    }

    @Test
    void caseIsIgnored() {
        assertThat(FuzzyMatch.score("SETT", "Settings")).isEqualTo(FuzzyMatch.score("sett", "Settings"));
    }
}
