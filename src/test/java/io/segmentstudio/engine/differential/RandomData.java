package io.segmentstudio.engine.differential;

import io.segmentstudio.engine.AsOf;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random values of every attribute type, biased towards the edges semantics.md talks about: missing
 * values, empty and blank strings, case and Unicode variants, SQL and LIKE metacharacters, extreme
 * and differently scaled numbers, days around the as-of day, DST changes in the workspace zone, month
 * ends, 29 February, and the far past and future.
 *
 * <p>Restrictions, each one written down in semantics.md: no character whose case mapping is newer than
 * Unicode 13 (Java 17's tables); no line breaks in strings that regular expressions are generated on
 * ({@link DiffSchema#REGEX_SAFE}); no dates before 0001-01-01 or in the ten days the Gregorian
 * calendar skipped (1582-10-05 to 1582-10-14), which DuckDB's JDBC driver moves; timestamps to the
 * microsecond.
 */
final class RandomData {
    /** Whole strings worth having as they are. */
    static final List<String> EDGE_STRINGS = List.of("", " ", "   ", "\t", " \t ", "de", "DE", " de ", "De ",
            "\tde", "de\u00A0", "Zoë", "ZOË", "zoë", "Zoe\u0308", "straße", "STRASSE", "Straße", "STRAẞE", "ΟΔΟΣ",
            "οδος", "οδοσ", "Σ", "ΣΑΣ", "İstanbul", "istanbul", "ISTANBUL", "ıi", "Iİıi", "K", "Kk", "ſ", "Å", "µ",
            "ǅ", "Ǆ", "🎉", "🎉party", "100%", "a_b", "a\\b", "50%_off\\sale", "x'y", "'; DROP TABLE profile; --",
            "\"q\"", "/* x */", "--", ";", "?", "$1", ":x", "日本語", "٣٤", "１２", "abc123", "A1", "x-FR", "\u000Bvt",
            "\u000Cff", "é", "e\u0301", "É");

    /** Pieces that random strings are made of. */
    static final List<String> FRAGMENTS = List.of("de", "DE", "fr", "zoë", "ZOË", "Zoe\u0308", "straße", "ẞ",
            "ss", "οδος", "Σ", "σ", "ς", "İ", "ı", "I", "i", "K", "k", "ſ", "s", "Å", "å", "µ", "μ", "ǅ", "ǆ", "🎉",
            "😀", "日本", "%", "_", "\\", "'", "\"", ";", "--", "/*", "*/", "?", "a", "b", "ab", "abc", "x", "y",
            "123", "7", "٣", "１", "-", ".", "$", "^", "(", ")", "[", "]", "{", "}", "|", "*", "+", " ", "\t",
            "\u00A0", "gold", "vip", "VIP", "é", "e\u0301", "Ë", "ë", "Ì", "Í", "Ĩ", "J\u0301", "Į\u0301", "I\u0300",
            "I\u0307");

    /** Only in strings that regular expressions never see (semantics.md: engines differ on them). */
    static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029");

    static final List<String> LIST_ELEMENTS = Arrays.asList("vip", "VIP", " vip", "vip ", "gold", "Gold", "silver",
            "a,b", "a", "b", "zoë", "ZOË", "straße", "🎉", "", " ", "x'y", "\\", "%", "line\nbreak", null);

    static final List<Long> INTEGERS = List.of(0L, 1L, -1L, 2L, 17L, 18L, 30L, 31L, 100L, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 9_200_000_000_000_000_000L,
            -9_200_000_000_000_000_000L, 1_000_000L, -1_000_000L);

    static final List<String> DECIMALS = List.of("0", "0.0", "-0.00", "0.000001", "-0.000001", "19.9", "19.90",
            "19.899999", "2.5", "2.50", "-2.5", "1E+2", "100", "4.5", "0.333333", "1.5", "-0.5",
            "9200000000000000000.000001", "-9200000000000000000.999999", "9223372036854775807",
            "-9223372036854775808", "123456789012345678.123456", "999999.999999");

    /** Far from the as-of day; 1582-10-04 and 1582-10-15 are the edges of the Gregorian cut-over. */
    static final List<LocalDate> FAR_DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(1000, 6, 15),
            LocalDate.of(1582, 10, 4), LocalDate.of(1582, 10, 15), LocalDate.of(1899, 12, 31),
            LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29), LocalDate.of(1970, 1, 1),
            LocalDate.of(2100, 2, 28), LocalDate.of(2999, 12, 31), LocalDate.of(9999, 12, 31));

    static final List<Instant> FAR_INSTANTS = List.of(Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("1850-06-01T23:30:00Z"), Instant.parse("1900-01-01T23:50:00Z"),
            Instant.parse("1941-10-01T18:50:00Z"), Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("2000-02-29T23:30:00Z"), Instant.parse("2100-03-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999Z"));

    /** Day offsets from the as-of day that relative periods and windows cut at. */
    static final List<Integer> DAY_OFFSETS = List.of(0, 0, 1, -1, 2, -2, 6, -6, 7, -7, 8, -8, 13, -14, 15, -29, 30,
            -30, 31, -31, 60, -90, 365, -365, 366, -366, -1000);

    private final SplittableRandom random;
    private final AsOf asOf;
    private final List<Instant> transitions;

    RandomData(SplittableRandom random, AsOf asOf) {
        this.random = random;
        this.asOf = asOf;
        this.transitions = transitions(asOf.zone(), asOf.day().getYear());
    }

    /** DST (and other offset) changes of the zone from the year before to the year after. */
    static List<Instant> transitions(ZoneId zone, int year) {
        ZoneRules rules = zone.getRules();
        List<Instant> found = new ArrayList<>();
        Instant from = LocalDate.of(year - 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 2, 1, 1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            found.add(next.getInstant());
            next = rules.nextTransition(next.getInstant());
        }
        return found;
    }

    SplittableRandom random() {
        return random;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // Strings ---------------------------------------------------------------------------------------

    /** A string; with {@code lineBreaksAllowed} it may contain any of {@link #LINE_BREAKS}. */
    String string(boolean lineBreaksAllowed) {
        if (chance(35)) {
            return pick(EDGE_STRINGS);
        }
        StringBuilder text = new StringBuilder();
        if (chance(20)) {
            text.append(" ".repeat(1 + random.nextInt(2)));
        }
        int pieces = 1 + random.nextInt(3);
        for (int i = 0; i < pieces; i++) {
            text.append(variant(pick(FRAGMENTS)));
            if (lineBreaksAllowed && chance(20)) {
                text.append(pick(LINE_BREAKS));
            }
        }
        if (chance(20)) {
            text.append(" ".repeat(1 + random.nextInt(2)));
        }
        return text.toString();
    }

    /** The same letters in another case: as given, upper, lower or with a capital first letter. */
    String variant(String text) {
        return switch (random.nextInt(5)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            case 2 -> text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
            default -> text;
        };
    }

    /** A string list, sometimes with a null element (the evaluator and SQL both skip it). */
    List<String> stringList() {
        int size = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(chance(85) ? pick(LIST_ELEMENTS) : string(false));
        }
        return list;
    }

    String listElement() {
        String element = pick(LIST_ELEMENTS);
        return element == null ? "vip" : element;
    }

    // Numbers ---------------------------------------------------------------------------------------

    long integer() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return pick(INTEGERS);
        } else if (kind < 9) {
            return random.nextInt(101) - 50;
        }
        return random.nextLong();
    }

    /** A decimal with up to 6 fraction digits, sometimes a negative scale (1E+2). */
    BigDecimal decimal() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return new BigDecimal(pick(DECIMALS));
        } else if (kind < 9) {
            return BigDecimal.valueOf(random.nextLong(-100_000_000L, 100_000_001L), random.nextInt(7));
        }
        return BigDecimal.valueOf(random.nextLong(), random.nextInt(7));
    }

    // Dates and timestamps --------------------------------------------------------------------------

    /**
     * DuckDB's JDBC driver passes a LocalDate parameter through java.sql.Date, which moves the days before
     * 0001-01-01 and the ten days the Gregorian calendar skipped (1582-10-05 to 1582-10-14); semantics.md
     * says so, and generated days stay out of them.
     */
    static LocalDate supportedDay(LocalDate day) {
        if (day.isBefore(FIRST_DAY)) {
            return FIRST_DAY;
        }
        return day.isAfter(GAP_START) && day.isBefore(GAP_END) ? GAP_END : day;
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate GAP_START = LocalDate.of(1582, 10, 4);
    private static final LocalDate GAP_END = LocalDate.of(1582, 10, 15);

    LocalDate date() {
        return supportedDay(anyDate());
    }

    private LocalDate anyDate() {
        LocalDate today = asOf.day();
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> today.plusDays(pick(DAY_OFFSETS));
            case 4 -> today.minusMonths(1 + random.nextInt(3)).plusDays(random.nextInt(3) - 1);
            case 5 -> today.plusMonths(1 + random.nextInt(2)).plusDays(random.nextInt(3) - 1);
            case 6 -> anniversaryOf(today.plusDays(random.nextInt(9) - 1));
            case 7 -> monthEdge();
            case 8 -> transitions.isEmpty() ? today : asOf.dayOf(pick(transitions)).plusDays(random.nextInt(3) - 1);
            case 9 -> pick(FAR_DATES);
            case 10 -> today.minusYears(random.nextInt(80)).withDayOfYear(1 + random.nextInt(365));
            default -> today.plusDays(random.nextInt(121) - 60);
        };
    }

    /** The same month and day in another year (29 February falls back to 28 in common years). */
    LocalDate anniversaryOf(LocalDate day) {
        int year = pick(List.of(1980, 1996, 2000, 2001, 2023, 2024, 2025, day.getYear() - 1, day.getYear() + 1));
        return day.withYear(year);
    }

    /** Month ends, 28 February, 29 February, 1 March, 31 March (months arithmetic), year ends. */
    LocalDate monthEdge() {
        int year = asOf.day().getYear() + random.nextInt(3) - 1;
        return switch (random.nextInt(7)) {
            case 0 -> LocalDate.of(year, 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1);
            case 1 -> LocalDate.of(year, 2, 28);
            case 2 -> LocalDate.of(pick(List.of(2000, 2020, 2024, 2028)), 2, 29);
            case 3 -> LocalDate.of(year, 3, 1);
            case 4 -> LocalDate.of(year, 3, 31);
            case 5 -> LocalDate.of(year, 12, 31);
            default -> LocalDate.of(year, 1 + random.nextInt(12), 1);
        };
    }

    /** An instant to the microsecond, as every database stores it. */
    Instant timestamp() {
        Instant at = switch (random.nextInt(12)) {
            case 0, 1, 2 -> nearDayStart(asOf.day().plusDays(pick(DAY_OFFSETS)));
            case 3, 4 -> asOf.instant().plus(pick(List.of(Duration.ZERO, Duration.ofNanos(1000), Duration.ofNanos(-1000),
                    Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofHours(1), Duration.ofHours(-1),
                    Duration.ofDays(1), Duration.ofDays(-1))));
            case 5 -> transitions.isEmpty() ? asOf.instant() : pick(transitions).plus(pick(List.of(Duration.ZERO,
                    Duration.ofNanos(-1000), Duration.ofHours(1), Duration.ofHours(-1), Duration.ofMinutes(30))));
            case 6 -> transitions.isEmpty() ? asOf.instant() : nearDayStart(asOf.dayOf(pick(transitions))
                    .plusDays(random.nextInt(3) - 1));
            case 7 -> pick(FAR_INSTANTS);
            case 8 -> nearDayStart(monthEdge());
            case 9 -> nearDayStart(anniversaryOf(asOf.day().plusDays(random.nextInt(9) - 1)))
                    .plusSeconds(random.nextInt(86_400));
            default -> asOf.instant().plusSeconds(random.nextLong(-40L * 86_400, 3L * 86_400))
                    .plusNanos(1000L * random.nextInt(1_000_000));
        };
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The start of the day in the workspace zone, a microsecond or a second either side, or the day's last microsecond. */
    private Instant nearDayStart(LocalDate day) {
        Instant start = asOf.startOf(day);
        return switch (random.nextInt(6)) {
            case 0 -> start.minusNanos(1000);
            case 1 -> start.plusNanos(1000);
            case 2 -> start.minusSeconds(1);
            case 3 -> asOf.startOf(day.plusDays(1)).minusNanos(1000);
            default -> start;
        };
    }
}
