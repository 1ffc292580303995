package io.segmentstudio.engine.eval;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;

/** Names where a bad value was found, for data errors. */
final class Owners {
    private Owners() {
    }

    /** @param event null for a profile attribute */
    static String describe(Profile profile, Event event) {
        return event == null ? "profile " + profile.key()
                : "the " + event.type() + " event at " + event.occurredAt() + " of profile " + profile.key();
    }
}
