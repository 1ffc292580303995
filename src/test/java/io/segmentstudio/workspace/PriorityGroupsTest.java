package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.PriorityGroup;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Priority groups on the retail demo: stored order, reorders, and sizes checked against H2's members. */
class PriorityGroupsTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T12:00:00Z");
    private static final List<String> ORDER = List.of("VIP", "High-Value Customers", "Churn Risk");

    @TempDir
    static Path dir;
    private static Workspace workspace;

    @BeforeAll
    static void generate() {
        workspace = Workspace.create(dir.resolve("priorities"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(5, 400, LocalDate.of(2026, 11, 1))).generate(workspace,
                ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void groupsKeepTheirOrderThroughReordersAndMoves() {
        PriorityGroups groups = workspace.priorityGroups();
        PriorityGroup created = groups.create("Retention", "one offer each", ORDER, "ana");
        assertThat(created.segments()).containsExactlyElementsOf(ORDER);

        groups.reorder("Retention", List.of("Churn Risk", "VIP", "High-Value Customers"), "ana");
        assertThat(groups.find("Retention").orElseThrow().segments())
                .containsExactly("Churn Risk", "VIP", "High-Value Customers");
        assertThat(groups.move("Retention", "High-Value Customers", 0, "bo").segments())
                .containsExactly("High-Value Customers", "Churn Risk", "VIP");
        assertThat(groups.setSegments("Retention", List.of("VIP", "Lapsed VIP"), "bo").segments())
                .containsExactly("VIP", "Lapsed VIP");
        assertThat(groups.list()).extracting(PriorityGroup::name).contains("Retention");
        assertThat(workspace.audit().recent(4)).extracting(AuditLog.Entry::action).containsExactly(
                "priority_group.updated", "priority_group.reordered", "priority_group.reordered",
                "priority_group.created");

        groups.delete("Retention", "ana");
        assertThat(groups.find("Retention")).isEmpty();
    }

    @Test
    void mistakesAreNamed() {
        PriorityGroups groups = workspace.priorityGroups();
        groups.create("Checks", "", List.of("VIP", "Churn Risk"), "ana");
        assertThatThrownBy(() -> groups.create("Checks", "", List.of(), "ana"))
                .hasMessage("A priority group named 'Checks' already exists");
        assertThatThrownBy(() -> groups.create("Other", "", List.of("VIP", "Nope", "Nada"), "ana"))
                .hasMessage("No segment named 'Nope', 'Nada'");
        assertThatThrownBy(() -> groups.create("Other", "", List.of("VIP", "VIP"), "ana"))
                .hasMessage("A priority group lists each segment once; repeated: VIP");
        assertThatThrownBy(() -> groups.reorder("Checks", List.of("VIP"), "ana"))
                .hasMessage("A new order of 'Checks' must list its segments (VIP, Churn Risk) each once; got VIP");
        assertThatThrownBy(() -> groups.move("Checks", "Lapsed VIP", 0, "ana"))
                .hasMessage("Segment 'Lapsed VIP' is not in priority group 'Checks'");
        assertThatThrownBy(() -> groups.move("Checks", "VIP", 5, "ana"))
                .hasMessage("Position 5 is outside priority group 'Checks' (0 to 1)");
        assertThatThrownBy(() -> groups.delete("Nope", "ana")).hasMessage("No priority group named 'Nope'");
        assertThat(groups.find("Other")).as("nothing half-written").isEmpty();
    }

    @Test
    void exclusiveSizesGiveEachProfileToTheFirstSegmentItIsIn() {
        workspace.priorityGroups().create("Sizes", "", ORDER, "ana");
        SegmentRunner runner = new SegmentRunner(workspace);

        PriorityPreview.Result result = new PriorityPreview(workspace).compute("Sizes", AS_OF, ProgressListener.NONE);

        Set<String> taken = new HashSet<>();
        for (int i = 0; i < ORDER.size(); i++) {
            List<String> members = runner.evaluateInDatabase(runner.segmentRule(ORDER.get(i)), AS_OF).keys();
            long exclusive = members.stream().filter(taken::add).count();
            PriorityPreview.Row row = result.rows().get(i);
            assertThat(row.segment()).isEqualTo(ORDER.get(i));
            assertThat(row.members()).as(ORDER.get(i)).isEqualTo(members.size());
            assertThat(row.exclusive()).as(ORDER.get(i)).isEqualTo(exclusive);
            assertThat(row.lostTo().stream().mapToLong(PriorityPreview.Loss::profiles).sum())
                    .as("what %s loses, it loses to the segments above", ORDER.get(i))
                    .isEqualTo(row.members() - row.exclusive());
            assertThat(row.lostTo()).extracting(PriorityPreview.Loss::to).isSubsetOf(ORDER.subList(0, i));
        }
        assertThat(result.rows().get(1).lostTo()).as("the second loses only to the first")
                .allSatisfy(loss -> assertThat(loss.to()).isEqualTo(ORDER.get(0)));
        assertThat(result.assigned()).isEqualTo(taken.size());
        assertThat(result.profiles()).isEqualTo(400);
        assertThat(result.rows().get(0).exclusive()).isEqualTo(result.rows().get(0).members());
        assertThat(result.rows().stream().anyMatch(row -> row.exclusive() < row.members()))
                .as("the demo's segments overlap").isTrue();

        PriorityPreview.Result reversed = new PriorityPreview(workspace).compute("preview", List.of("Churn Risk", "High-Value Customers", "VIP"), AS_OF,
                ProgressListener.NONE);
        assertThat(reversed.assigned()).as("the union does not depend on the order").isEqualTo(result.assigned());
        assertThat(reversed.rows().get(0).exclusive()).isEqualTo(reversed.rows().get(0).members());
    }
}
