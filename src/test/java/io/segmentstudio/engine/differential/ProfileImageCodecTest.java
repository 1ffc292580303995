package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.columnar.ColumnarEngine;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.engine.columnar.ProfileImageCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A snapshot read back is the same image: every value and event of every row, the same members for
 * random rules, and it goes on taking the same changes (appended rows, rescaled decimals, re-coded
 * columns, chained events) as the image it was written from.
 */
class ProfileImageCodecTest {
    private static final int SETS = 6;
    private static final int RULES = 40;

    @Test
    void aSnapshotReadBackIsTheSameImageAndKeepsChangingTheSameWay() throws IOException {
        long base = Seeds.baseSeed();
        System.out.println("Image snapshots: base seed " + Seeds.format(base));
        for (int i = 0; i < SETS; i++) {
            int setSeed = Seeds.setSeed(base, i);
            Scenario scenario = Scenario.generate(setSeed);
            SplittableRandom random = new SplittableRandom(setSeed);
            List<Profile> all = scenario.profiles();
            ProfileImage image = ProfileImage.empty(DiffSchema.SCHEMA, 4, 4); // small: the arrays must grow
            all.subList(0, all.size() / 2).forEach(image::add);
            List<Change> changes = changes(all, random);
            changes.subList(0, changes.size() / 2).forEach(change -> change.applyTo(image));

            ProfileImage restored = roundTrip(image, DiffSchema.SCHEMA);
            assertSame(image, restored, scenario, setSeed, "set " + setSeed + ", read back");

            // the same further changes to both, through growth of every array
            for (Profile profile : all.subList(all.size() / 2, all.size())) {
                image.add(profile);
                restored.add(profile);
            }
            for (Change change : changes.subList(changes.size() / 2, changes.size())) {
                change.applyTo(image);
                change.applyTo(restored);
            }
            assertSame(image, restored, scenario, setSeed, "set " + setSeed + ", after more changes");
        }
    }

    @Test
    void wideDecimalsListsAndEmptyImagesSurvive() throws IOException {
        RuleSchema schema = RuleSchema.of(List.of(new Attribute("amount", AttributeType.DECIMAL, "", "test", false),
                new Attribute("tags", AttributeType.STRING_LIST, "", "test", false)), List.of());
        ProfileImage empty = ProfileImage.empty(schema, 0, 0);
        ProfileImage restoredEmpty = roundTrip(empty, schema);
        assertThat(restoredEmpty.size()).isZero();
        restoredEmpty.add("a", Map.of("amount", new BigDecimal("1.5")), List.of());
        assertThat(restoredEmpty.value(0, "amount")).isEqualTo(new BigDecimal("1.5"));

        ProfileImage scaled = ProfileImage.empty(schema, 1, 0);
        scaled.add("cents", Map.of("amount", new BigDecimal("2.25")), List.of());
        assertThat(roundTrip(scaled, schema).value(0, "amount")).isEqualTo(new BigDecimal("2.25"));

        ProfileImage image = ProfileImage.empty(schema, 2, 0);
        image.add("wide", Map.of("amount", new BigDecimal("123456789012345678901234567890.123"),
                "tags", Arrays.asList("vip", null, "")), List.of());
        image.add("none", Map.of(), List.of());
        ProfileImage restored = roundTrip(image, schema);
        assertThat(restored.value(0, "amount")).isEqualTo(new BigDecimal("123456789012345678901234567890.123"));
        assertThat(restored.value(0, "tags")).isEqualTo(Arrays.asList("vip", null, ""));
        assertThat(restored.value(1, "amount")).isNull();
        assertThat(restored.row("none")).hasValue(1);
    }

    @Test
    void aSnapshotOfAnotherSchemaIsRefused() throws IOException {
        RuleSchema written = RuleSchema.of(List.of(new Attribute("age", AttributeType.INTEGER, "", "test", false)), List.of());
        RuleSchema other = RuleSchema.of(List.of(new Attribute("age", AttributeType.DECIMAL, "", "test", false)), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProfileImageCodec.write(ProfileImage.empty(written, 1, 0), bytes);
        assertThatThrownBy(() -> ProfileImageCodec.read(other, new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("the snapshot has age (INTEGER), the schema has age (DECIMAL)");
        byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThatThrownBy(() -> ProfileImageCodec.read(written, new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class);
    }

    private static ProfileImage roundTrip(ProfileImage image, RuleSchema schema) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProfileImageCodec.write(image, bytes);
        return ProfileImageCodec.read(schema, new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** Random attribute changes and events of the profiles in the image. */
    private static List<Change> changes(List<Profile> all, SplittableRandom random) {
        List<Change> changes = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            Profile target = all.get(random.nextInt(all.size() / 2));
            Profile donor = all.get(random.nextInt(all.size()));
            if (random.nextBoolean()) {
                Map<String, Object> changed = new HashMap<>();
                for (String attribute : DiffSchema.ATTRIBUTES.keySet()) {
                    if (random.nextInt(3) == 0) {
                        changed.put(attribute, donor.value(attribute));
                    }
                }
                changes.add(new Put(target.key(), changed));
            } else if (!donor.events().isEmpty()) {
                changes.add(new AddEvent(target.key(), donor.events().get(random.nextInt(donor.events().size()))));
            }
        }
        return changes;
    }

    /** One change to an image, applied alike to the original and its read-back copy. */
    private sealed interface Change permits Put, AddEvent {
        void applyTo(ProfileImage image);
    }

    private record Put(String key, Map<String, Object> values) implements Change {
        @Override
        public void applyTo(ProfileImage image) {
            image.put(key, values);
        }
    }

    private record AddEvent(String key, Event event) implements Change {
        @Override
        public void applyTo(ProfileImage image) {
            image.addEvent(key, event);
        }
    }

    private static void assertSame(ProfileImage expected, ProfileImage actual, Scenario scenario, int setSeed, String label) {
        assertThat(actual.size()).as(label).isEqualTo(expected.size());
        assertThat(actual.eventCount()).as(label).isEqualTo(expected.eventCount());
        for (int row = 0; row < expected.size(); row++) {
            assertThat(actual.key(row)).as(label).isEqualTo(expected.key(row));
            assertThat(actual.row(expected.key(row))).as(label).hasValue(row);
            for (String attribute : DiffSchema.ATTRIBUTES.keySet()) {
                assertThat(actual.value(row, attribute)).as(label + ", row " + row + ", " + attribute)
                        .isEqualTo(expected.value(row, attribute));
            }
            assertThat(sorted(actual.events(row))).as(label + ", events of row " + row).isEqualTo(sorted(expected.events(row)));
        }
        ValueIndex values = new ValueIndex(scenario.profiles());
        for (int j = 0; j < RULES; j++) {
            RandomTrees.Generated generated = new RandomTrees(Seeds.caseSeed(setSeed, j), scenario, values).generate();
            Condition rule = new ReferenceExpander(SegmentResolver.of(generated.segments())).expand(generated.tree());
            assertThat(new ColumnarEngine().compile(rule, actual, scenario.asOf()).members()).as(label + ", rule " + j)
                    .isEqualTo(new ColumnarEngine().compile(rule, expected, scenario.asOf()).members());
        }
    }

    private static List<Event> sorted(List<Event> events) {
        List<Event> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(Event::toString));
        return copy;
    }
}
