package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleSpecTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 31);

    @Test
    void defaultsAreSeed42AndFiftyThousandProfiles() {
        assertThat(SampleSpec.defaults(ANCHOR)).isEqualTo(new SampleSpec(42, 50_000, ANCHOR));
    }

    @Test
    void needsAtLeastOneProfileAndAnAnchorDate() {
        assertThatThrownBy(() -> new SampleSpec(1, 0, ANCHOR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 profile");
        assertThatThrownBy(() -> new SampleSpec(1, 10, null)).isInstanceOf(NullPointerException.class);
    }
}
