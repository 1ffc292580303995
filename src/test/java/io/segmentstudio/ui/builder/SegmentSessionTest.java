package io.segmentstudio.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.SegmentStatus;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's segment: saved, submitted, refused to its own author, approved by a second user. */
class SegmentSessionTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final RecordingErrors errors = new RecordingErrors();
    private Group rule = Group.and("root", List.of(new Predicate("n1", "average_order_value", Operator.GREATER_THAN,
            new Operand.Single(new Value.Dec(new java.math.BigDecimal("200"))))));

    @BeforeEach
    void generate() {
        workspace = Workspace.create(dir.resolve("retail"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(4, 300, LocalDate.of(2026, 11, 1))).generate(workspace, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSecondUserApprovesWhatTheAuthorSubmitted() {
        int[] changes = {0};
        SegmentSession session = new SegmentSession(workspace, new SynchronousTaskRunner(), errors, () -> rule,
                new SimpleStringProperty("ana"), () -> changes[0]++);
        assertThat(session.hasUnsavedChanges()).as("a rule with conditions that no version has").isTrue();
        session.saveAsNew("Big Spenders", "first cut");
        assertThat(session.hasUnsavedChanges()).isFalse();
        assertThat(changes[0]).as("the catalog is told").isEqualTo(1);
        assertThat(errors.reports()).as("no failure").isEmpty();
        assertThat(session.stateProperty().get().version().status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(session.stateProperty().get().allowed()).contains(LifecycleAction.SUBMIT);
        assertThat(session.noticeProperty().get()).startsWith("Saved version 1");

        session.submit("please review");
        assertThat(session.stateProperty().get().version().status()).isEqualTo(SegmentStatus.IN_REVIEW);
        assertThat(session.stateProperty().get().allowed()).doesNotContain(LifecycleAction.APPROVE);
        session.approve("mine is fine");
        assertThat(errors.reports()).singleElement().satisfies(report ->
                assertThat(report.error()).hasMessageContaining("cannot approve"));
        assertThat(session.stateProperty().get().version().status()).isEqualTo(SegmentStatus.IN_REVIEW);

        session.userProperty().set("ben");
        assertThat(session.stateProperty().get().allowed()).contains(LifecycleAction.APPROVE, LifecycleAction.REJECT);
        session.approve("numbers match the brief");
        assertThat(session.stateProperty().get().version().status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(session.stateProperty().get().version().reviewedBy()).isEqualTo("ben");

        session.userProperty().set("ana");
        rule = rule.withChildren(List.of(new Predicate("n1", "average_order_value", Operator.GREATER_THAN,
                new Operand.Single(new Value.Dec(new java.math.BigDecimal("250"))))));
        assertThat(session.hasUnsavedChanges()).isTrue();
        session.save("raise the bar");
        assertThat(session.hasUnsavedChanges()).isFalse();
        assertThat(session.stateProperty().get().version().version()).isEqualTo(2);
        assertThat(session.stateProperty().get().version().status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(workspace.workflow().publishableVersion("Big Spenders")).hasValueSatisfying(v ->
                assertThat(v.version()).isEqualTo(1));

        List<Group> opened = new ArrayList<>();
        SegmentSession reopened = new SegmentSession(workspace, new SynchronousTaskRunner(), errors, () -> rule,
                new SimpleStringProperty("ana"), () -> { });
        reopened.open("Big Spenders", opened::add);
        assertThat(opened).singleElement().isEqualTo(rule);
        assertThat(reopened.stateProperty().get().version().version()).isEqualTo(2);
        assertThat(reopened.hasUnsavedChanges()).isFalse();
    }
}
