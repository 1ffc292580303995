package io.segmentstudio.engine.format.jsonlogic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every file of the community compat suites (json-logic/compat-tables, in
 * ../shared/conformance/jsonlogic/compat-tables/suites/) and prints the pass rate per file. Those suites
 * also describe newer engines (errors for invalid arguments and NaN, arbitrary-precision decimals, the
 * val/exists/try/throw extensions); this evaluator answers as json-logic-js does, so it passes only part
 * of them. Asserted: the files listed in {@link #CLAIMED} pass completely.
 *
 * <p>A case expecting an error passes when the evaluator throws for another reason than an unknown
 * operation (the error type is not compared); a case with {@code "decimal": true} is run like any other.
 */
class JsonLogicCompatTablesTest {
    /**
     * The files this evaluator claims: classic JsonLogic as json-logic-js defines it (compatible.json is
     * tests.json plus one reduce case) and the extensions it implements (??, val, exists). The other files
     * expect errors where json-logic-js answers (NaN, invalid arguments), decimals, try/throw or scopes.
     */
    static final List<String> CLAIMED = List.of("compatible.json", "truthiness.json", "additional.json",
            "control/not.json", "control/doublebang.json", "string/cat.json", "string/in.json", "string/substr.json",
            "array/merge.json", "var.extra.json", "coalesce.json", "val.json", "val-compat.json", "exists.json");

    private final JsonLogicEvaluator evaluator = new JsonLogicEvaluator();

    record FileResult(String file, int passed, int total, List<String> failures) {
        String line() {
            return String.format(Locale.ROOT, "%-32s %4d / %4d  %5.1f%%", file, passed, total,
                    total == 0 ? 100.0 : 100.0 * passed / total);
        }
    }

    @Test
    void printsPassRatesAndPassesTheClaimedFilesFully() throws IOException {
        Path suites = ConformanceFiles.require("compat-tables/suites");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(suites)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json"))
                    .sorted().toList();
        }
        Map<String, FileResult> results = new LinkedHashMap<>();
        int passed = 0;
        int total = 0;
        for (Path file : files) {
            FileResult result = run(suites.relativize(file).toString().replace('\\', '/'), file);
            results.put(result.file(), result);
            passed += result.passed();
            total += result.total();
        }
        StringBuilder report = new StringBuilder("JsonLogic compat-tables pass rates (json-logic-js semantics):\n");
        results.values().forEach(r -> report.append("  ").append(r.line()).append('\n'));
        report.append(String.format(Locale.ROOT, "  %-32s %4d / %4d  %5.1f%%", "all files", passed, total,
                100.0 * passed / total));
        System.out.println(report);
        for (String claimed : CLAIMED) {
            FileResult result = results.get(claimed);
            assertThat(result).as("claimed compat file %s", claimed).isNotNull();
            assertThat(result.failures()).as("failures in claimed file %s", claimed).isEmpty();
        }
    }

    private FileResult run(String name, Path file) {
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode entry : ConformanceFiles.read(file)) {
            if (!entry.isObject()) {
                continue;
            }
            total++;
            String outcome = outcome(entry);
            if (outcome == null) {
                passed++;
            } else {
                failures.add(entry.path("description").asText() + ": " + outcome);
            }
        }
        return new FileResult(name, passed, total, failures);
    }

    /** Null when the case passes, otherwise what went wrong. */
    private String outcome(JsonNode entry) {
        JsonNode rule = entry.get("rule");
        JsonNode data = entry.has("data") ? entry.get("data") : null;
        JsonNode actual;
        try {
            actual = evaluator.apply(rule, data);
        } catch (RuntimeException e) {
            // An unknown operation is not the error a case expects (throw.json would pass vacuously).
            boolean unknown = e.getMessage() != null && e.getMessage().startsWith("Unrecognized operation");
            return entry.has("error") && !unknown ? null : "threw " + e.getMessage();
        }
        if (entry.has("error")) {
            return "expected an error " + entry.get("error") + ", got " + actual;
        }
        JsonNode expected = entry.get("result");
        return ConformanceFiles.sameJson(expected, actual) ? null : "got " + actual + ", expected " + expected;
    }
}
