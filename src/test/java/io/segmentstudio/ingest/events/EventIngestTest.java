package io.segmentstudio.ingest.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.workspace.ImportLog;
import io.segmentstudio.workspace.LiveWorkspace;
import io.segmentstudio.workspace.LiveWorkspace.MembershipChange;
import io.segmentstudio.workspace.SegmentRunner;
import io.segmentstudio.workspace.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events fed to a live workspace: afterwards the memberships stored in H2 are exactly what the SQL
 * finds from scratch, every change was reported and written to the history, and bad lines are kept.
 */
class EventIngestTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T18:00:00Z");
    private static final String[] TYPES = {"cart_add", "purchase", "page_view", "email_open", "email_click"};

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void generate() {
        workspace = Workspace.create(dir.resolve("live"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(11, 800, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void storedMembershipsMatchTheSqlAfterEveryBatchOfEvents() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            String profile = random.nextInt(20) == 0 ? "NEW-" + random.nextInt(30) : String.format("C%06d", 1 + random.nextInt(800));
            String type = TYPES[random.nextInt(TYPES.length)];
            Instant at = AS_OF.minusSeconds(random.nextLong(60L * 86_400));
            String properties = type.equals("purchase")
                    ? ",\"properties\":{\"amount\":" + (1 + random.nextInt(900)) + ".50,\"coupon\":\"X\"}" : "";
            lines.append("{\"profile\":\"").append(profile).append("\",\"type\":\"").append(type)
                    .append("\",\"at\":\"").append(at).append('"').append(properties).append("}\n");
        }
        lines.append("{\"profile\":\"C000001\",\"type\":\"purchase\",\"at\":\"2026-10-01T10:00:00Z\",\"properties\":{\"amount\":\"lots\"}}\n");
        lines.append("not json\n");

        LiveWorkspace live = new LiveWorkspace(workspace, AS_OF, ProgressListener.NONE);
        List<MembershipChange> reported = new ArrayList<>();
        EventIngest.Summary summary = new EventIngest(workspace, live, 250)
                .run(new BufferedReader(new StringReader(lines.toString())), "test", 1, reported::add, ProgressListener.NONE);

        assertThat(summary.events()).isEqualTo(3_000);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(reported).isNotEmpty();
        List<ImportLog.Rejection> rejections = workspace.imports().rejections(summary.importId());
        assertThat(rejections).extracting(ImportLog.Rejection::rowNumber).containsExactly(3_001L, 3_002L);
        assertThat(rejections.get(0).column()).isEqualTo("amount");

        SegmentRunner runner = new SegmentRunner(workspace);
        for (SegmentSummary segment : workspace.segments().list()) {
            List<String> expected = runner.evaluateInDatabase(runner.segmentRule(segment.name()), AS_OF).keys();
            TreeSet<String> stored = new TreeSet<>();
            for (long id : workspace.memberships().members(segment.id())) {
                stored.add(workspace.jdbi().withHandle(h -> h.createQuery("SELECT profile_key FROM profile WHERE profile_id = :id")
                        .bind("id", id).mapTo(String.class).one()));
            }
            assertThat(stored).as(segment.name()).containsExactlyElementsOf(expected);
            long changesReported = reported.stream().filter(c -> c.segment().equals(segment.name())).count();
            long historyRows = workspace.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM membership_history WHERE segment_id = :id AND changed_at > :start")
                    .bind("id", segment.id()).bind("start", AS_OF.minusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                    .mapTo(Long.class).one());
            assertThat(historyRows).as(segment.name() + " history").isGreaterThanOrEqualTo(changesReported);
        }
        assertThat(reported.stream().map(MembershipChange::segment).distinct()).contains("Window Shoppers");
    }
}
