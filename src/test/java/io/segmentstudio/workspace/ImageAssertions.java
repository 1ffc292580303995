package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Event;
import io.segmentstudio.engine.columnar.ProfileImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Two images hold the same profiles in the same rows, with equal values and the same events. */
final class ImageAssertions {
    private ImageAssertions() {
    }

    static void assertSameImage(ProfileImage actual, ProfileImage expected) {
        assertThat(actual.schema()).isEqualTo(expected.schema());
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.eventCount()).isEqualTo(expected.eventCount());
        for (int row = 0; row < expected.size(); row++) {
            assertThat(actual.key(row)).isEqualTo(expected.key(row));
            for (String attribute : expected.schema().attributes().keySet()) {
                Object a = actual.value(row, attribute);
                Object e = expected.value(row, attribute);
                if (a instanceof BigDecimal x && e instanceof BigDecimal y) {
                    assertThat(x).as("row %d, %s", row, attribute).isEqualByComparingTo(y);
                } else {
                    assertThat(a).as("row %d, %s", row, attribute).isEqualTo(e);
                }
            }
            assertThat(sorted(actual.events(row))).as("events of row %d", row).isEqualTo(sorted(expected.events(row)));
        }
    }

    private static List<String> sorted(List<Event> events) {
        List<String> texts = new ArrayList<>(events.stream().map(e -> e.type() + "@" + e.occurredAt() + " "
                + new java.util.TreeMap<>(e.properties())).toList());
        texts.sort(Comparator.naturalOrder());
        return texts;
    }
}
