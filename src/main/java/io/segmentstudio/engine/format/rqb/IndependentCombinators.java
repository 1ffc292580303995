package io.segmentstudio.engine.format.rqb;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.domain.rule.Combinator;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.engine.format.FormatWarning;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * rqb's independent-combinators groups, {@code rules: [r1, "and", r2, "or", r3]}, read with AND binding
 * tighter than OR — as rqb's own convertFromIC groups them and as SQL reads {@code r1 AND r2 OR r3}:
 * {@code (r1 AND r2) OR r3}. Each run of ANDs becomes a generated AND group inside an OR group.
 */
final class IndependentCombinators {
    private IndependentCombinators() {
    }

    /** A group uses them when a string stands between its rules. */
    static boolean isUsedBy(JsonNode rules) {
        for (JsonNode rule : rules) {
            if (rule.isTextual()) {
                return true;
            }
        }
        return false;
    }

    static Group read(String id, boolean negated, JsonNode rules, String path,
                      BiFunction<JsonNode, String, Condition> nodes, Supplier<String> ids, List<FormatWarning> warnings) {
        List<List<Condition>> runs = new ArrayList<>();
        runs.add(new ArrayList<>());
        boolean sawAnd = false;
        for (int i = 0; i < rules.size(); i++) {
            JsonNode item = rules.get(i);
            String itemPath = path + ".rules[" + i + "]";
            if (i % 2 == 0) {
                if (item.isTextual()) {
                    throw new RuleFormatException(itemPath, "expected a rule or group, found the combinator " + item);
                }
                runs.get(runs.size() - 1).add(nodes.apply(item, itemPath));
            } else {
                switch (combinator(item, itemPath)) {
                    case OR -> runs.add(new ArrayList<>());
                    case AND -> sawAnd = true;
                }
            }
        }
        if (rules.size() % 2 == 0 && rules.size() > 0) {
            throw new RuleFormatException(path + ".rules[" + (rules.size() - 1) + "]", "a combinator must stand between"
                    + " two rules, not at the end");
        }
        if (runs.size() == 1) {
            return new Group(id, Combinator.AND, negated, false, runs.get(0));
        }
        List<Condition> children = new ArrayList<>();
        for (List<Condition> run : runs) {
            children.add(run.size() == 1 ? run.get(0) : Group.and(ids.get(), run));
        }
        if (sawAnd) {
            warnings.add(new FormatWarning(path, "\"and\" and \"or\" mixed without parentheses: read with AND before OR,"
                    + " as react-querybuilder's convertFromIC and SQL do"));
        }
        return new Group(id, Combinator.OR, negated, false, children);
    }

    private static Combinator combinator(JsonNode item, String path) {
        if (!item.isTextual()) {
            throw new RuleFormatException(path, "expected the combinator \"and\" or \"or\" between rules, found " + item);
        }
        return switch (item.asText().toLowerCase(Locale.ROOT)) {
            case "and" -> Combinator.AND;
            case "or" -> Combinator.OR;
            default -> throw new RuleFormatException(path, "unknown combinator " + item
                    + "; expected \"and\" or \"or\" (xor has no equivalent)");
        };
    }
}
