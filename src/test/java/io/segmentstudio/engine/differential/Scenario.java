package io.segmentstudio.engine.differential;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.Event;
import io.segmentstudio.domain.Profile;
import io.segmentstudio.engine.AsOf;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One profile set and the world it is evaluated in: the workspace zone and as-of instant, and the
 * surroundings no result may depend on — the database sessions' time zone, the JVM's default locale
 * and time zone (H2 runs in the JVM), and the collation of PostgreSQL's text columns.
 *
 * @param setSeed     the 32-bit seed everything here is generated from
 * @param pgCollation collation of PostgreSQL's text columns, null for the database default
 */
record Scenario(int setSeed, AsOf asOf, String sessionZone, Locale jvmLocale, String jvmZone, String pgCollation,
                List<Profile> profiles) {
    static final List<String> WORKSPACE_ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC",
            "Australia/Lord_Howe");
    /** Far from every workspace zone, on both sides of the date line. */
    static final List<String> SESSION_ZONES = List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo",
            "America/St_Johns", "Europe/Berlin");
    /** Locales whose lower-casing differs from the root locale's (Turkish and Azeri dotless i, Lithuanian dots). */
    static final List<Locale> JVM_LOCALES = List.of(Locale.ROOT, Locale.US, Locale.forLanguageTag("tr-TR"),
            Locale.forLanguageTag("az-AZ"), Locale.forLanguageTag("lt-LT"), Locale.GERMANY, Locale.forLanguageTag("el-GR"));
    static final List<String> PG_COLLATIONS = java.util.Arrays.asList(null, "C", "POSIX", "und-x-icu", "C.utf8");

    static Scenario generate(int setSeed) {
        return generate(setSeed, null);
    }

    /** The same, in the given workspace zone (null: drawn as usual). */
    static Scenario generate(int setSeed, ZoneId workspaceZone) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(setSeed));
        ZoneId drawn = ZoneId.of(pick(random, WORKSPACE_ZONES));
        ZoneId zone = workspaceZone == null ? drawn : workspaceZone;
        AsOf asOf = new AsOf(asOfInstant(random, zone), zone);
        String sessionZone = pick(random, SESSION_ZONES);
        Locale locale = pick(random, JVM_LOCALES);
        String jvmZone = pick(random, SESSION_ZONES);
        String collation = pick(random, PG_COLLATIONS);
        RandomData data = new RandomData(random, asOf);
        int count = 50 + random.nextInt(251);
        List<Profile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles.add(profile(data, String.format(Locale.ROOT, "p%04d", i)));
        }
        return new Scenario(setSeed, asOf, sessionZone, locale, jvmZone, collation, List.copyOf(profiles));
    }

    /** As-of instants at the edges: DST days of the zone, month ends, 29 February, day starts and ends. */
    private static Instant asOfInstant(SplittableRandom random, ZoneId zone) {
        int year = 2024 + random.nextInt(5);
        List<Instant> transitions = RandomData.transitions(zone, year);
        LocalDate day = switch (random.nextInt(6)) {
            case 0, 1 -> transitions.isEmpty() ? LocalDate.of(year, 3, 31)
                    : pick(random, transitions).atZone(zone).toLocalDate().plusDays(random.nextInt(3) - 1);
            case 2 -> LocalDate.of(year, 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1);
            case 3 -> pick(random, List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(year, 2, 28),
                    LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31), LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)));
            default -> LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        };
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant at = switch (random.nextInt(8)) {
            case 0 -> start;
            case 1 -> start.plusNanos(1000);
            case 2 -> end.minusNanos(1000);
            case 3 -> !transitions.isEmpty() && random.nextBoolean() ? pick(random, transitions)
                    : day.atTime(LocalTime.NOON).atZone(zone).toInstant();
            default -> start.plusSeconds(random.nextLong(Math.max(1, end.getEpochSecond() - start.getEpochSecond())));
        };
        // Now and then finer than the databases store (nanoseconds): the SQL must cut such an instant
        // exactly where the evaluator does.
        return random.nextInt(8) == 0 ? at.plusNanos(1 + random.nextInt(999)) : at.truncatedTo(ChronoUnit.MICROS);
    }

    private static Profile profile(RandomData data, String key) {
        Map<String, Object> values = new HashMap<>();
        DiffSchema.ATTRIBUTES.forEach((name, type) -> {
            if (!data.chance(20)) {
                values.put(name, value(data, type, !DiffSchema.REGEX_SAFE.contains(name)));
            }
        });
        List<Event> events = new ArrayList<>();
        int count = data.random().nextInt(4) == 0 ? 0 : data.random().nextInt(7);
        for (int i = 0; i < count; i++) {
            Map<String, Object> properties = new HashMap<>();
            DiffSchema.PROPERTIES.forEach((name, type) -> {
                if (!data.chance(25)) {
                    properties.put(name, value(data, type, !DiffSchema.REGEX_SAFE.contains(name)));
                }
            });
            events.add(new Event(data.pick(DiffSchema.EVENT_TYPES), data.timestamp(), properties));
        }
        return new Profile(key, values, events);
    }

    /** A value as the workspace's profile reader gives it (decimal attributes also hold Longs). */
    static Object value(RandomData data, AttributeType type, boolean lineBreaksAllowed) {
        return switch (type) {
            case STRING -> data.string(lineBreaksAllowed);
            case STRING_LIST -> data.stringList();
            case INTEGER -> data.integer();
            case DECIMAL -> data.chance(15) ? (Object) data.integer() : data.decimal();
            case BOOLEAN -> data.random().nextBoolean();
            case DATE -> data.date();
            case TIMESTAMP -> data.timestamp();
        };
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One line for reports. */
    String describe() {
        return "profile set " + Seeds.formatSet(setSeed) + ": " + profiles.size() + " profiles, "
                + profiles.stream().mapToInt(p -> p.events().size()).sum() + " events; as of " + asOf.instant()
                + " in " + asOf.zone() + " (as-of day " + asOf.day() + "); database sessions in " + sessionZone
                + ", JVM locale '" + jvmLocale.toLanguageTag() + "' and zone " + jvmZone + ", PostgreSQL text collation "
                + (pgCollation == null ? "default" : '"' + pgCollation + '"');
    }
}
