package io.segmentstudio.ui.audit;

import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.workspace.AuditLog.Entry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit entries in words: "ana approved VIP v3: looks right". The details the workspace writes per action
 * ("version 3: looks right") are read back here; details in an unexpected shape are shown as they are.
 */
final class AuditSentences {
    private static final Pattern VERSION = Pattern.compile("version (\\d+)(?:: (.*))?", Pattern.DOTALL);
    /** What a save appends: the version it followed and that version's status. */
    private static final Pattern AFTER = Pattern.compile(" \\(after version \\d+, [^()]*\\)$");
    private static final Pattern RESTORED = Pattern.compile("Restored version (\\d+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern REPLACES = Pattern.compile("version (\\d+) \\(replaces version ([\\d, ]+)\\)");
    private static final Pattern TEST_ADDED = Pattern.compile("test '(.*)' expects (member|not member)(?: \\(.*\\))?",
            Pattern.DOTALL);
    private static final Pattern TEST_CHANGED = Pattern.compile("test '(.*)' now expects (member|not member)",
            Pattern.DOTALL);
    private static final Pattern TEST_NAMED = Pattern.compile("test '(.*)'", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("^import \\d+: (.*)", Pattern.DOTALL);
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("segment.created", "Created"), Map.entry("segment.saved", "Saved"),
            Map.entry("segment.restored", "Restored"), Map.entry("segment.submitted", "Submitted"),
            Map.entry("segment.withdrawn", "Withdrawn"), Map.entry("segment.approved", "Approved"),
            Map.entry("segment.rejected", "Rejected"), Map.entry("segment.published", "Published"),
            Map.entry("segment.archived", "Archived"), Map.entry("segment.unarchived", "Unarchived"),
            Map.entry("segment.review_by_set", "Review date"), Map.entry("segment.details_changed", "Details"),
            Map.entry("segment.evaluated", "Evaluated"),
            Map.entry("segment.test_added", "Test added"), Map.entry("segment.test_changed", "Test changed"),
            Map.entry("segment.test_removed", "Test removed"), Map.entry("priority_group.created", "Group created"),
            Map.entry("priority_group.reordered", "Group reordered"),
            Map.entry("priority_group.updated", "Group changed"), Map.entry("priority_group.deleted", "Group deleted"),
            Map.entry("workspace.naming_convention_set", "Naming set"),
            Map.entry("workspace.naming_convention_cleared", "Naming cleared"), Map.entry("import.csv", "Imported"),
            Map.entry("sample.generated", "Sample data"));

    private final Formats formats;

    AuditSentences(Formats formats) {
        this.formats = formats;
    }

    /** The chip of an action: "Approved"; an unknown action by its last word ("segment.tagged" → "Tagged"). */
    static String label(String action) {
        String known = LABELS.get(action);
        if (known != null) {
            return known;
        }
        String last = action.substring(action.lastIndexOf('.') + 1).replace('_', ' ').strip();
        return last.isEmpty() ? action : last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
    }

    /** What the entry is about: a segment by its name, anything else with its kind ("Priority group · Retention"). */
    static String subject(Entry entry) {
        return switch (entry.targetType()) {
            case "segment" -> entry.target();
            case "priority_group" -> "Priority group · " + entry.target();
            case "workspace" -> "Workspace · " + entry.target();
            case "import" -> "Import · " + entry.target();
            default -> entry.targetType() + " · " + entry.target();
        };
    }

    String sentence(Entry entry, ZoneId zone) {
        String who = entry.actor();
        String what = entry.target();
        String details = entry.details() == null ? "" : entry.details().strip();
        return switch (entry.action()) {
            case "segment.created" -> who + " created " + what;
            case "segment.saved" -> versioned(who + " saved " + what, AFTER.matcher(details).replaceFirst(""));
            case "segment.restored" -> restored(who, what, details);
            case "segment.submitted" -> versioned(who + " submitted " + what, " for review", details);
            case "segment.withdrawn" -> versioned(who + " withdrew " + what, " from review", details);
            case "segment.approved" -> versioned(who + " approved " + what, details);
            case "segment.rejected" -> versioned(who + " rejected " + what, details);
            case "segment.published" -> published(who, what, details);
            case "segment.archived" -> unversioned(who + " archived " + what, details);
            case "segment.unarchived" -> unversioned(who + " unarchived " + what, details);
            case "segment.evaluated" -> versioned(who + " evaluated " + what, details);
            case "segment.review_by_set" -> reviewBy(who, what, details, zone);
            case "segment.details_changed" -> who + " changed the details of " + what + ": " + details;
            case "segment.test_added" -> test(TEST_ADDED, details, test -> who + " added the test “" + test.group(1)
                    + "” to " + what + ", expecting " + member(test.group(2)), who + " added a test to " + what);
            case "segment.test_changed" -> test(TEST_CHANGED, details, test -> who + " changed the test “"
                    + test.group(1) + "” of " + what + " to expect " + member(test.group(2)),
                    who + " changed a test of " + what);
            case "segment.test_removed" -> test(TEST_NAMED, details, test -> who + " removed the test “"
                    + test.group(1) + "” from " + what, who + " removed a test from " + what);
            case "priority_group.created" -> withDetails(who + " created the priority group " + what, details);
            case "priority_group.reordered" -> withDetails(who + " reordered the priority group " + what, details);
            case "priority_group.updated" -> withDetails(who + " changed the segments of the priority group " + what,
                    details);
            case "priority_group.deleted" -> withDetails(who + " deleted the priority group " + what, details);
            case "workspace.naming_convention_set" -> withDetails(who + " set the segment naming convention", details);
            case "workspace.naming_convention_cleared" -> who + " cleared the segment naming convention";
            case "import.csv" -> withDetails(who + " imported " + what, IMPORT.matcher(details).replaceFirst("$1"));
            case "sample.generated" -> withDetails(who + " generated the sample data of " + what, details);
            default -> withDetails(who + " " + label(entry.action()).toLowerCase(Locale.ROOT) + " " + subject(entry),
                    details);
        };
    }

    /** "ana approved VIP v3: looks right" from "version 3: looks right". */
    private static String versioned(String start, String details) {
        return versioned(start, "", details);
    }

    /** @param after what follows the version ("ana submitted VIP v3 for review: ready") */
    private static String versioned(String start, String after, String details) {
        Matcher version = VERSION.matcher(details);
        if (!version.matches()) {
            return withDetails(start + after, details);
        }
        return withDetails(start + " v" + version.group(1) + after, version.group(2));
    }

    /** The comment of an archive or unarchive; the version it happened at says little. */
    private static String unversioned(String start, String details) {
        Matcher version = VERSION.matcher(details);
        return withDetails(start, version.matches() ? version.group(2) : details);
    }

    /** "ana restored VIP v1 as v3: too strict" from "version 3: Restored version 1: too strict". */
    private static String restored(String who, String what, String details) {
        Matcher version = VERSION.matcher(details);
        Matcher old = RESTORED.matcher(version.matches() && version.group(2) != null ? version.group(2) : "");
        if (!old.matches()) {
            return versioned(who + " restored " + what, details);
        }
        return withDetails(who + " restored " + what + " v" + old.group(1) + " as v" + version.group(1), old.group(2));
    }

    /** "ana published VIP v3, replacing v2". */
    private static String published(String who, String what, String details) {
        Matcher replaces = REPLACES.matcher(details);
        if (replaces.matches()) {
            return who + " published " + what + " v" + replaces.group(1) + ", replacing v"
                    + replaces.group(2).replace(", ", ", v");
        }
        return versioned(who + " published " + what, details);
    }

    private String reviewBy(String who, String what, String details, ZoneId zone) {
        if (details.equals("cleared")) {
            return who + " cleared the review-by date of " + what;
        }
        try {
            LocalDate day = LocalDate.parse(details);
            return who + " asked for " + what + " to be reviewed by " + formats.date(day.atStartOfDay(zone).toInstant(),
                    zone);
        } catch (DateTimeParseException e) {
            return withDetails(who + " set the review-by date of " + what, details);
        }
    }

    /** A test entry by the test's name and what it expects, or the details as they are. */
    private static String test(Pattern pattern, String details, Function<Matcher, String> described, String unnamed) {
        Matcher test = pattern.matcher(details);
        return test.matches() ? described.apply(test) : withDetails(unnamed, details);
    }

    private static String member(String expected) {
        return expected.equals("member") ? "a member" : "no member";
    }

    private static String withDetails(String start, String details) {
        return details == null || details.isBlank() ? start : start + ": " + details.strip();
    }
}
