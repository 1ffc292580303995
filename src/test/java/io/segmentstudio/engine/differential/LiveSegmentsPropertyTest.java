package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.engine.AsOf;
import io.segmentstudio.engine.ReferenceExpander;
import io.segmentstudio.engine.SegmentResolver;
import io.segmentstudio.engine.columnar.ColumnarEngine;
import io.segmentstudio.engine.columnar.LiveSegments;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.engine.eval.CompiledRule;
import io.segmentstudio.engine.eval.Evaluator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * Real-time upkeep against evaluation from scratch: live segments over an image that receives new
 * profiles, changed attributes and new events one at a time must hold, after every step, exactly the
 * members the evaluator finds in the changed profile set, and must report exactly the rows that
 * entered or exited. Midway the as-of instant moves on, and later a segment is redefined and another
 * removed, so that what the live set keeps per row is also rebuilt among changed data.
 */
class LiveSegmentsPropertyTest {
    private static final int SETS = Integer.getInteger("segmentstudio.live.sets", 12);
    private static final int SEGMENTS = 25;
    private static final int STEPS = 150;

    @Test
    void liveBitmapsEqualAFreshEvaluationAfterEveryChange() {
        long base = Seeds.baseSeed();
        System.out.println("Live segments: base seed " + Seeds.format(base) + ", " + SETS + " profile sets × "
                + SEGMENTS + " segments × " + STEPS + " changes");
        long checks = 0;
        for (int i = 0; i < SETS; i++) {
            int setSeed = Seeds.setSeed(base, i);
            checks += run(setSeed);
        }
        System.out.println("Live segments: " + checks + " segment states compared with the evaluator, all equal");
    }

    private long run(int setSeed) {
        Scenario scenario = Scenario.generate(setSeed);
        SplittableRandom random = new SplittableRandom(setSeed);
        List<Profile> all = scenario.profiles();
        int initial = all.size() / 2;
        Map<String, Profile> model = new LinkedHashMap<>();
        ProfileImage image = ProfileImage.empty(DiffSchema.SCHEMA, all.size(), 0);
        for (Profile profile : all.subList(0, initial)) {
            image.add(profile);
            model.put(profile.key(), profile);
        }
        ValueIndex values = new ValueIndex(all);
        Map<String, Condition> rules = new LinkedHashMap<>();
        LiveSegments live = new LiveSegments(image, scenario.asOf());
        for (int j = 0; j < SEGMENTS; j++) {
            RandomTrees.Generated generated = new RandomTrees(Seeds.caseSeed(setSeed, j), scenario, values).generate();
            Condition expanded = new ReferenceExpander(SegmentResolver.of(generated.segments())).expand(generated.tree());
            rules.put("s" + j, expanded);
            live.put("s" + j, expanded);
        }
        // segments built from the others' conditions share compiled leaves and their remembered verdicts
        List<Condition> trees = new ArrayList<>(rules.values());
        for (int j = 0; j + 1 < trees.size(); j += 3) {
            Condition both = new Group("c" + j, j % 2 == 0 ? Combinator.AND : Combinator.OR, j % 4 == 0, false,
                    List.of(trees.get(j), trees.get(j + 1)));
            rules.put("c" + j, both);
            live.put("c" + j, both);
        }
        Map<String, RoaringBitmap> before = snapshot(live);
        long checks = 0;
        int next = initial;
        AsOf asOf = scenario.asOf();
        for (int step = 0; step < STEPS; step++) {
            String label = "set " + setSeed + ", step " + step;
            List<LiveSegments.Change> changes;
            int kind = random.nextInt(3);
            if (step == STEPS / 3) {
                asOf = new AsOf(asOf.instant().plus(Duration.ofDays(1 + random.nextInt(60))), asOf.zone());
                changes = live.asOf(asOf);
            } else if (step == 2 * STEPS / 3) {
                rules.put("s0", rules.get("s1"));
                live.put("s0", rules.get("s1"));
                rules.remove("s2");
                live.remove("s2");
                before = snapshot(live);
                changes = List.of();
            } else if (kind == 0 && next < all.size()) {
                Profile added = all.get(next++);
                int row = image.add(added);
                model.put(added.key(), added);
                changes = live.profileAdded(row);
            } else if (kind == 1) {
                Profile target = pick(model, random);
                Profile donor = all.get(random.nextInt(all.size()));
                Map<String, Object> changed = new HashMap<>();
                for (String attribute : DiffSchema.ATTRIBUTES.keySet()) {
                    if (random.nextInt(3) == 0) {
                        changed.put(attribute, donor.value(attribute));
                    }
                }
                int row = image.put(target.key(), changed);
                Map<String, Object> merged = new HashMap<>(target.values());
                changed.forEach((name, value) -> {
                    if (value == null) {
                        merged.remove(name);
                    } else {
                        merged.put(name, value);
                    }
                });
                model.put(target.key(), new Profile(target.key(), merged, target.events()));
                changes = live.profileChanged(row, changed.keySet());
            } else {
                Profile target = pick(model, random);
                Profile donor = all.get(random.nextInt(all.size()));
                if (donor.events().isEmpty()) {
                    continue;
                }
                Event event = donor.events().get(random.nextInt(donor.events().size()));
                int row = image.addEvent(target.key(), event);
                List<Event> events = new ArrayList<>(target.events());
                events.add(event);
                model.put(target.key(), new Profile(target.key(), target.values(), events));
                changes = live.eventAdded(row, event.type());
            }
            Map<String, RoaringBitmap> after = snapshot(live);
            for (Map.Entry<String, Condition> rule : rules.entrySet()) {
                String name = rule.getKey();
                CompiledRule reference = new Evaluator().compile(rule.getValue(), DiffSchema.SCHEMA, asOf);
                Set<String> expected = new HashSet<>();
                model.values().stream().filter(reference::test).forEach(p -> expected.add(p.key()));
                Set<String> actual = new HashSet<>();
                after.get(name).forEach((int r) -> actual.add(image.key(r)));
                assertThat(actual).as(label + ", segment " + name).isEqualTo(expected);
                assertThat(new ColumnarEngine().compile(rule.getValue(), image, asOf).members())
                        .as(label + ", fresh columnar " + name).isEqualTo(after.get(name));
                RoaringBitmap entered = RoaringBitmap.andNot(after.get(name), before.get(name));
                RoaringBitmap exited = RoaringBitmap.andNot(before.get(name), after.get(name));
                RoaringBitmap reportedIn = new RoaringBitmap();
                RoaringBitmap reportedOut = new RoaringBitmap();
                changes.stream().filter(c -> c.segment().equals(name))
                        .forEach(c -> (c.entered() ? reportedIn : reportedOut).add(c.row()));
                assertThat(reportedIn).as(label + ", entered " + name).isEqualTo(entered);
                assertThat(reportedOut).as(label + ", exited " + name).isEqualTo(exited);
                checks++;
            }
            before = after;
        }
        return checks;
    }

    private static Profile pick(Map<String, Profile> model, SplittableRandom random) {
        List<Profile> profiles = new ArrayList<>(model.values());
        return profiles.get(random.nextInt(profiles.size()));
    }

    private static Map<String, RoaringBitmap> snapshot(LiveSegments live) {
        Map<String, RoaringBitmap> copies = new HashMap<>();
        live.names().forEach(name -> copies.put(name, live.members(name).clone()));
        return copies;
    }
}
