package io.segmentstudio.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.ProgressListener.CancelledException;
import io.segmentstudio.workspace.ProfileRows;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled or refused generation leaves the workspace exactly as it was, and it can be run again. */
class RetailDemoCancellationTest {
    private static final SampleSpec SPEC = new SampleSpec(3, 600, LocalDate.of(2025, 3, 31));

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir.resolve("cancel"), ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void cancellingWhileWritingEventsUndoesEverything() {
        // cancellation is checked every 500 customers: the first check falls amid the events of the
        // first chunk of customers, whose profiles are already written
        assertThatThrownBy(() -> generate(cancelOnceDone(done -> true)))
                .isInstanceOf(CancelledException.class);
        assertNothingLeft();
    }

    @Test
    void cancellingAfterTheSegmentsUndoesThemToo() {
        long total = SPEC.profiles() + SegmentDefinitions.load().size();
        assertThatThrownBy(() -> generate(cancelOnceDone(done -> done == total)))
                .isInstanceOf(CancelledException.class);
        assertNothingLeft();
    }

    @Test
    void aCancelledWorkspaceCanBeGeneratedAgain() {
        assertThatThrownBy(() -> generate(cancelOnceDone(done -> done >= 100))).isInstanceOf(CancelledException.class);
        SampleResult result = generate(ProgressListener.NONE);
        assertThat(result.profiles()).isEqualTo(SPEC.profiles());
        assertThat(workspace.events().count()).isEqualTo(result.events());
        assertThat(workspace.segments().count()).isEqualTo(result.segments());
    }

    @Test
    void eventsOfUnknownProfilesAreRefusedAgainAfterAGenerationAndAfterACancellation() {
        generate(ProgressListener.NONE);
        assertOrphanEventRefused();
        workspace.close();
        workspace = Workspace.create(dir.resolve("cancelled"), ZoneId.of("UTC"));
        assertThatThrownBy(() -> generate(cancelOnceDone(done -> true))).isInstanceOf(CancelledException.class);
        assertOrphanEventRefused();
    }

    private void assertOrphanEventRefused() {
        assertThatThrownBy(() -> workspace.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO event (profile_id, event_type, occurred_at) VALUES (999999, 'x', CURRENT_TIMESTAMP)")))
                .hasMessageContaining("Referential integrity");
    }

    @Test
    void refusesAWorkspaceThatHasProfiles() {
        workspace.jdbi().useTransaction(handle -> {
            try (ProfileRows rows = ProfileRows.prepare(handle, List.of(), false)) {
                rows.add("existing");
            }
        });
        assertThatThrownBy(() -> generate(ProgressListener.NONE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty workspace").hasMessageContaining("1 profiles");
        assertThat(workspace.attributes().list()).isEmpty();
        assertThat(workspace.profiles().count()).isEqualTo(1);
    }

    @Test
    void refusesAWorkspaceWhoseCatalogUsesTheSameNamesAndKeepsItsAttributes() {
        workspace.attributes().add(new Attribute("email", AttributeType.STRING, "CRM email", "crm.csv", true));
        assertThatThrownBy(() -> generate(ProgressListener.NONE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already defines email");
        assertThat(workspace.attributes().list()).extracting(Attribute::source).containsExactly("crm.csv");
        assertThat(workspace.eventProperties().list()).isEmpty();
    }

    private SampleResult generate(ProgressListener progress) {
        return new RetailDemoGenerator(SPEC).generate(workspace, progress);
    }

    private void assertNothingLeft() {
        assertThat(workspace.profiles().count()).isZero();
        assertThat(workspace.events().count()).isZero();
        assertThat(workspace.segments().count()).isZero();
        assertThat(workspace.attributes().list()).isEmpty();
        assertThat(workspace.eventProperties().list()).isEmpty();
        assertThat(workspace.audit().recent(100)).extracting(e -> e.action())
                .doesNotContain("sample.generated", "segment.created");
    }

    /**
     * Says "cancelled" from the first progress report whose step count matches on; a predicate true of
     * any count cancels from the start.
     */
    private static ProgressListener cancelOnceDone(LongPredicate when) {
        return new ProgressListener() {
            private boolean cancelled = when.test(0);

            @Override
            public void progress(long done, long total, String message) {
                cancelled |= when.test(done);
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }
}
