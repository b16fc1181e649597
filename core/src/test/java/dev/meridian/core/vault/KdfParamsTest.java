package dev.meridian.core.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KdfParamsTest {

    @Test
    void presetsMatchTheDocumentedCosts() {
        assertThat(KdfParams.defaults()).isEqualTo(new KdfParams(65536, 3, 4));
        assertThat(KdfParams.light()).isEqualTo(new KdfParams(8192, 1, 1));
    }

    @Test
    void implausibleCostsAreRejectedWithTheOffendingValue() {
        assertThatThrownBy(() -> new KdfParams(65536, 0, 4)).hasMessageContaining("iterations").hasMessageContaining("was 0");
        assertThatThrownBy(() -> new KdfParams(65536, 3, 0)).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new KdfParams(16, 3, 4)).hasMessageContaining("memory").hasMessageContaining("was 16");
        assertThatThrownBy(() -> new KdfParams(Integer.MAX_VALUE, 3, 4)).hasMessageContaining("memory");
    }
}
