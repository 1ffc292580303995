package io.segmentstudio.ui.testprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.ingest.sample.RetailDemoGenerator;
import io.segmentstudio.ingest.sample.SampleSpec;
import io.segmentstudio.ui.common.DeferredTaskRunner;
import io.segmentstudio.ui.common.RecordingErrors;
import io.segmentstudio.ui.common.SynchronousTaskRunner;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.TestFormats;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.ProfileStore;
import io.segmentstudio.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test profiles pane without a toolkit, on a small retail demo. */
class TestProfilesViewModelTest {
    private static final String SEGMENT = "High-Value Customers";
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final LocalDate RECENT = LocalDate.of(2026, 10, 25);

    @TempDir
    Path dir;
    private Workspace shop;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final SimpleStringProperty user = new SimpleStringProperty("ana");
    private final RecordingErrors errors = new RecordingErrors();

    @BeforeEach
    void generate() {
        shop = Workspace.create(dir.resolve("shop"), ZoneId.of("Europe/Berlin"));
        new RetailDemoGenerator(new SampleSpec(9, 300, LocalDate.of(2026, 11, 1))).generate(shop, ProgressListener.NONE);
        shop.testProfiles().add(SEGMENT, "big recent basket", customer("250.00"), true, null, "bo");
        shop.testProfiles().add(SEGMENT, "small basket is high value", customer("150.00"), true, null, "bo");
        workspace.set(shop);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private static Profile customer(String averageOrderValue) {
        return new Profile("by-hand", Map.of("average_order_value", new BigDecimal(averageOrderValue),
                "last_purchase_date", RECENT), List.of());
    }

    private TestProfilesViewModel tests(TaskRunner runner) {
        return new TestProfilesViewModel(workspace, runner, errors, TestFormats.us(), user,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private TestProfilesViewModel showing(String segment) {
        TestProfilesViewModel tests = tests(new SynchronousTaskRunner());
        tests.segmentProperty().set(segment);
        return tests;
    }

    @Test
    void loadsTheSegmentsTestsNotRunYet() {
        TestProfilesViewModel tests = showing(SEGMENT);

        assertThat(tests.rows()).extracting(row -> row.test().name())
                .containsExactly("big recent basket", "small basket is high value");
        assertThat(tests.rows()).extracting(TestRow::status).containsOnly(TestRow.Status.NOT_RUN);
        assertThat(tests.summaryProperty().get()).isEqualTo("2 tests · not run yet");
        assertThat(tests.emptyProperty().get()).isFalse();
        assertThat(TestProfilesViewModel.expectation(tests.rows().get(0))).isEqualTo("expects member");
        assertThat(tests.origin(tests.rows().get(0))).isEqualTo("by hand");
        assertThat(tests.attributes()).extracting(a -> a.name()).contains("average_order_value", "loyalty_tier");
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void aSegmentWithoutTestsIsEmptyAndNoSegmentShowsNothing() {
        TestProfilesViewModel tests = showing("VIP");
        assertThat(tests.emptyProperty().get()).isTrue();
        assertThat(tests.summaryProperty().get()).isEqualTo("No tests yet");

        tests.segmentProperty().set(null);
        assertThat(tests.rows()).isEmpty();
        assertThat(tests.emptyProperty().get()).as("no segment is not an empty segment").isFalse();
        assertThat(tests.summaryProperty().get()).isEmpty();
    }

    @Test
    void runAllMarksEachTestAndExplainsTheFirstFailure() {
        TestProfilesViewModel tests = showing(SEGMENT);

        tests.runAll();

        assertThat(tests.rows()).extracting(row -> row.test().name(), TestRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("big recent basket", TestRow.Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("small basket is high value", TestRow.Status.FAILED));
        assertThat(tests.summaryProperty().get()).isEqualTo("1 passed · 1 failed");
        assertThat(tests.runProperty().get()).as("the run is over").isNull();
        assertThat(tests.selectedProperty().get().test().name()).isEqualTo("small basket is high value");
        assertThat(tests.verdictProperty().get()).startsWith("Failed: expected a member, but it is not a member (version 1");
        assertThat(tests.ruleErrorProperty().get()).isEmpty();
        ExplanationLine root = tests.explanation().get(0);
        assertThat(root.depth()).isZero();
        assertThat(root.outcome()).isFalse();
        ExplanationLine value = tests.explanation().stream()
                .filter(line -> line.description().contains("average_order_value")).findFirst().orElseThrow();
        assertThat(value.depth()).isEqualTo(1);
        assertThat(value.outcome()).isFalse();
        assertThat(value.decisive()).isTrue();
        assertThat(value.compared()).contains("150").contains("200").endsWith("→ false");
        ExplanationLine date = tests.explanation().stream()
                .filter(line -> line.description().contains("last_purchase_date")).findFirst().orElseThrow();
        assertThat(date.outcome()).isTrue();
        assertThat(date.decisive()).as("a true child of a false AND did not decide").isFalse();

        tests.selectedProperty().set(tests.rows().get(0));
        assertThat(tests.verdictProperty().get()).startsWith("Passed: a member, as expected");
        assertThat(tests.explanation().get(0).outcome()).isTrue();
    }

    @Test
    void aRuleThatCannotBeEvaluatedShowsWhy() {
        shop.versions().save(SEGMENT, """
                {"rule":{"type":"segment","id":"ref","segment":"Nope"}}""", "bo", "broken on purpose");
        TestProfilesViewModel tests = showing(SEGMENT);

        tests.runAll();

        assertThat(tests.rows()).extracting(TestRow::status).containsOnly(TestRow.Status.FAILED);
        assertThat(tests.verdictProperty().get()).isEqualTo("Failed: version 2 of the rule could not be evaluated.");
        assertThat(tests.ruleErrorProperty().get()).startsWith("the rule cannot be evaluated").contains("Nope");
        assertThat(tests.explanation()).isEmpty();
    }

    @Test
    void addsAFrozenCopyOfAWorkspaceProfileAsTheActingUser() {
        TestProfilesViewModel tests = showing(SEGMENT);
        String key = firstProfileKey();
        NewTestForm form = tests.form();
        form.start();
        form.nameProperty().set("a real customer");
        form.profileKeyProperty().set(key);
        form.expectMemberProperty().set(false);
        form.pinAsOfProperty().set(true);
        user.set("cleo");

        tests.addTest();

        TestProfile saved = shop.testProfiles().find(SEGMENT, "a real customer").orElseThrow();
        assertThat(saved.origin()).isEqualTo(TestProfile.Origin.FROZEN);
        assertThat(saved.profile()).isEqualTo(shop.profileReader().find(key).orElseThrow());
        assertThat(saved.expectMember()).isFalse();
        assertThat(saved.asOf()).isEqualTo(NOW);
        assertThat(saved.createdBy()).isEqualTo("cleo");
        assertThat(tests.rows()).hasSize(3);
        assertThat(tests.selectedProperty().get().test().name()).isEqualTo("a real customer");
        assertThat(tests.origin(tests.selectedProperty().get())).startsWith("frozen from " + key + " · as of ");
        assertThat(form.openProperty().get()).as("the form closes once saved").isFalse();
        assertThat(shop.audit().query(AuditLog.Query.all().byAction("segment.test_added").byActor("cleo")))
                .hasSize(1);
    }

    @Test
    void anUnknownKeyOrATakenNameIsToldInTheFormAndNothingIsSaved() {
        TestProfilesViewModel tests = showing(SEGMENT);
        tests.form().start();
        tests.form().nameProperty().set("ghost");
        tests.form().profileKeyProperty().set("no-such-key");

        tests.addTest();

        assertThat(tests.form().problemProperty().get()).contains("No profile with key 'no-such-key'");
        assertThat(tests.form().openProperty().get()).isTrue();

        tests.form().nameProperty().set("big recent basket");
        tests.form().profileKeyProperty().set(firstProfileKey());
        tests.addTest();
        assertThat(tests.form().problemProperty().get()).isEqualTo("Segment '" + SEGMENT
                + "' already has a test named 'big recent basket'");
        assertThat(shop.testProfiles().list(SEGMENT)).hasSize(2);
        assertThat(errors.reports()).isEmpty();
    }

    @Test
    void findsProfilesByTheStartOfTheirEmailWithTheRestMasked() {
        TestProfilesViewModel tests = showing(SEGMENT);
        Profile someone = shop.profileReader().find(firstProfileKey()).orElseThrow();
        String email = (String) someone.value("email");
        String prefix = email.substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        tests.form().start();
        tests.form().profileKeyProperty().set(prefix);

        tests.searchProfiles();

        assertThat(tests.form().matches()).extracting(ProfileStore.Match::key).contains(someone.key());
        ProfileStore.Match match = tests.form().matches().stream().filter(m -> m.key().equals(someone.key()))
                .findFirst().orElseThrow();
        assertThat(tests.describe(match)).isEqualTo(someone.key() + " · " + email.substring(0, 4) + "•••");
        tests.form().profileKeyProperty().set("%");
        tests.searchProfiles();
        assertThat(tests.form().matches()).as("a wildcard is a character like any other").isEmpty();
        assertThat(tests.form().problemProperty().get()).isEqualTo("No profile's key or email starts with “%”.");

        tests.form().pick(match);
        assertThat(tests.form().profileKeyProperty().get()).isEqualTo(someone.key());
        assertThat(tests.form().matches()).isEmpty();
    }

    @Test
    void addsAProfileWrittenByHand() {
        TestProfilesViewModel tests = showing(SEGMENT);
        NewTestForm form = tests.form();
        form.start();
        form.sourceProperty().set(NewTestForm.Source.BY_HAND);
        form.nameProperty().set("gold with a big basket");
        HandValue aov = form.handValues().get(0);
        aov.attributeProperty().set(attribute("average_order_value"));
        aov.textProperty().set(" 320.50 ");
        HandValue tier = form.addHandValue();
        tier.attributeProperty().set(attribute("interests"));
        tier.textProperty().set("shoes, bags ,");

        tests.addTest();

        assertThat(form.problemProperty().get()).isEmpty();
        Profile saved = shop.testProfiles().find(SEGMENT, "gold with a big basket").orElseThrow().profile();
        assertThat(saved.values()).containsEntry("average_order_value", new BigDecimal("320.50"))
                .containsEntry("interests", List.of("shoes", "bags"));
        assertThat(tests.rows()).hasSize(3);
    }

    @Test
    void aValueThatIsNotOfItsAttributesTypeIsRefusedAndNothingIsSaved() {
        TestProfilesViewModel tests = showing(SEGMENT);
        NewTestForm form = tests.form();
        form.start();
        form.sourceProperty().set(NewTestForm.Source.BY_HAND);
        form.nameProperty().set("typo");
        form.handValues().get(0).attributeProperty().set(attribute("average_order_value"));
        form.handValues().get(0).textProperty().set("lots");

        tests.addTest();

        assertThat(form.problemProperty().get())
                .isEqualTo("“lots” is not a value of average_order_value: type a number, e.g. 149.90.");
        assertThat(shop.testProfiles().find(SEGMENT, "typo")).isEmpty();
        assertThat(tests.rows()).hasSize(2);

        form.handValues().get(0).textProperty().set("");
        tests.addTest();
        assertThat(form.problemProperty().get()).startsWith("average_order_value has no value");

        form.nameProperty().set(" ");
        assertThat(form.problemProperty().get()).as("editing clears the complaint").isEmpty();
        tests.addTest();
        assertThat(form.problemProperty().get()).startsWith("Give the test a name");
        assertThat(shop.testProfiles().list(SEGMENT)).hasSize(2);
    }

    @Test
    void flippingWhatATestExpectsRejudgesItWithoutRunningAgain() {
        TestProfilesViewModel tests = showing(SEGMENT);
        tests.runAll();
        TestRow failed = tests.selectedProperty().get();
        assertThat(TestProfilesViewModel.flipLabel(failed)).isEqualTo("Expect not a member");

        tests.flipExpected(failed);

        assertThat(shop.testProfiles().find(SEGMENT, failed.test().name()).orElseThrow().expectMember()).isFalse();
        assertThat(tests.rows()).extracting(TestRow::status).containsOnly(TestRow.Status.PASSED);
        assertThat(tests.summaryProperty().get()).isEqualTo("2 passed · 0 failed");
        assertThat(tests.selectedProperty().get().test().name()).as("still selected").isEqualTo(failed.test().name());
        assertThat(TestProfilesViewModel.expectation(tests.selectedProperty().get())).isEqualTo("expects not a member");
        assertThat(tests.verdictProperty().get()).startsWith("Passed: not a member, as expected");
    }

    @Test
    void removesATest() {
        TestProfilesViewModel tests = showing(SEGMENT);

        tests.remove(tests.rows().get(1));

        assertThat(tests.rows()).extracting(row -> row.test().name()).containsExactly("big recent basket");
        assertThat(shop.testProfiles().list(SEGMENT)).hasSize(1);
        assertThat(shop.audit().query(AuditLog.Query.all().byAction("segment.test_removed").byActor("ana")))
                .hasSize(1);
    }

    @Test
    void anAnswerAboutTheSegmentShownBeforeIsDropped() {
        shop.testProfiles().add("VIP", "gold is VIP", new Profile("t", Map.of("loyalty_tier", "gold"), List.of()),
                true, null, "bo");
        DeferredTaskRunner runner = new DeferredTaskRunner();
        TestProfilesViewModel tests = tests(runner);
        runner.finish(0); // the attributes
        tests.segmentProperty().set(SEGMENT);
        tests.segmentProperty().set("VIP");
        assertThat(runner.cancelled(1)).as("the older load is cancelled").isTrue();

        runner.finish(2);
        runner.finish(1); // the answer about High-Value Customers arrives late

        assertThat(tests.rows()).extracting(row -> row.test().name()).containsExactly("gold is VIP");
        assertThat(tests.loadingProperty().get()).isFalse();
    }

    @Test
    void aRunOfTheSegmentShownBeforeIsDroppedAndACancelledRunKeepsNothing() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        TestProfilesViewModel tests = tests(runner);
        tests.segmentProperty().set(SEGMENT);
        runner.finish(1);
        tests.runAll();
        assertThat(tests.runProperty().get()).as("running").isNotNull();
        tests.runAll();
        assertThat(runner.size()).as("one run at a time").isEqualTo(3);

        tests.cancelRun();
        assertThat(runner.cancelled(2)).isTrue();
        assertThat(tests.runProperty().get()).isNull();
        runner.finish(2);
        assertThat(tests.rows()).extracting(TestRow::status).containsOnly(TestRow.Status.NOT_RUN);

        tests.runAll();
        tests.segmentProperty().set("VIP");
        runner.finish(3);
        assertThat(tests.rows()).as("nothing of the old segment shows").isEmpty();
    }

    private io.segmentstudio.domain.Attribute attribute(String name) {
        return shop.attributes().find(name).orElseThrow();
    }

    private String firstProfileKey() {
        List<String> keys = shop.profiles().search("", 1).stream().map(ProfileStore.Match::key).toList();
        return keys.get(0);
    }
}
