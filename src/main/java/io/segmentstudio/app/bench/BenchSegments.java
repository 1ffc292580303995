package io.segmentstudio.app.bench;

import java.util.List;

/**
 * The benchmark's rules in the native format: one five-condition segment (the live-count figure) and
 * twenty segments of one or two conditions whose sizes range from a few percent to most profiles (the
 * overlap figures).
 */
final class BenchSegments {
    private BenchSegments() {
    }

    static final String FIVE_CONDITIONS = and(
            "{\"type\":\"predicate\",\"attribute\":\"age\",\"operator\":\"between\",\"values\":[25,54]}",
            "{\"type\":\"predicate\",\"attribute\":\"country\",\"operator\":\"in\",\"values\":[\"DE\",\"FR\",\"NL\",\"AT\"]}",
            "{\"type\":\"predicate\",\"attribute\":\"lifetime_value\",\"operator\":\"greater_than\",\"value\":250}",
            "{\"type\":\"predicate\",\"attribute\":\"last_order_date\",\"operator\":\"in_last\",\"amount\":365,\"unit\":\"days\"}",
            "{\"type\":\"predicate\",\"attribute\":\"newsletter\",\"operator\":\"is_true\"}");

    static final List<String> TWENTY = List.of(
            one("age", "less_than", "30"), one("age", "greater_or_equal", "60"),
            one("orders", "greater_or_equal", "10"), one("orders", "equals", "0"),
            one("visits", "greater_than", "400"), one("tenure_days", "less_than", "365"),
            one("score", "between", "[40,60]"), one("lifetime_value", "greater_than", "1000"),
            one("avg_order_value", "less_than", "50"), one("discount_rate", "greater_or_equal", "0.25"),
            one("balance", "less_than", "0"), one("country", "in", "[\"DE\",\"AT\",\"CH\"]"),
            one("tier", "equals", "\"gold\""), one("channel", "in", "[\"app\",\"web\"]"),
            one("gender", "is_null", null), one("newsletter", "is_true", null), one("churned", "is_true", null),
            and("{\"type\":\"predicate\",\"attribute\":\"signup_date\",\"operator\":\"in_last\",\"amount\":12,\"unit\":\"months\"}",
                    "{\"type\":\"predicate\",\"attribute\":\"orders\",\"operator\":\"greater_or_equal\",\"value\":1}"),
            one("city", "starts_with", "\"City 1\""),
            and("{\"type\":\"predicate\",\"attribute\":\"children\",\"operator\":\"greater_or_equal\",\"value\":2}",
                    "{\"type\":\"predicate\",\"attribute\":\"age\",\"operator\":\"between\",\"values\":[30,50]}"));

    /**
     * A hundred segments that each count purchases (at least 1 to 5, in windows of a week to a year)
     * besides one of the twenty attribute conditions: every purchase re-tests all of them.
     */
    static List<String> hundredCountingPurchases() {
        List<String> rules = new java.util.ArrayList<>();
        int[] windows = {7, 30, 90, 180, 365};
        for (int i = 0; i < 100; i++) {
            String twenty = TWENTY.get(i % TWENTY.size());
            String attributes = twenty.substring(twenty.indexOf('[') + 1, twenty.lastIndexOf(']'));
            rules.add(and("{\"type\":\"event\",\"eventType\":\"purchase\",\"count\":{\"operator\":\"at_least\",\"value\":"
                    + (1 + i % 5) + "},\"window\":{\"last\":" + windows[(i / 5) % windows.length] + ",\"unit\":\"days\"}}",
                    attributes));
        }
        return rules;
    }

    private static String one(String attribute, String operator, String operand) {
        String tail = operand == null ? "" : operand.startsWith("[") ? ",\"values\":" + operand : ",\"value\":" + operand;
        return and("{\"type\":\"predicate\",\"attribute\":\"" + attribute + "\",\"operator\":\"" + operator + "\"" + tail + "}");
    }

    private static String and(String... children) {
        return "{\"type\":\"group\",\"combinator\":\"and\",\"children\":[" + String.join(",", children) + "]}";
    }
}
