package io.segmentstudio.ui.common;

import io.segmentstudio.testing.WorkspaceFixture;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;

/** US formatting at a fixed instant a week after the fixture's anchor, so texts are predictable. */
public final class TestFormats {
    private TestFormats() {
    }

    public static Formats us() {
        return new Formats(Locale.US, Clock.fixed(WorkspaceFixture.ANCHOR.plusSeconds(7 * 86_400), ZoneOffset.UTC));
    }
}
