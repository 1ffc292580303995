package io.segmentstudio.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

/** Which events an event condition looks at, by calendar days in the workspace time zone. */
public sealed interface TimeWindow {
    /** All events, whenever they happened (up to the as-of instant). */
    record Ever() implements TimeWindow {
    }

    /** From the start of (as-of day − amount units) up to the as-of instant. */
    record Last(long amount, TimeUnit unit) implements TimeWindow {
        public Last {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** From the start of {@code from} to the end of {@code to}, both days included. */
    record Between(LocalDate from, LocalDate to) implements TimeWindow {
        public Between {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Strictly before the start of the day. */
    record Before(LocalDate day) implements TimeWindow {
        public Before {
            Objects.requireNonNull(day, "day");
        }
    }

    /** From the start of the day after {@code day} up to the as-of instant. */
    record After(LocalDate day) implements TimeWindow {
        public After {
            Objects.requireNonNull(day, "day");
        }
    }

    TimeWindow EVER = new Ever();
}
