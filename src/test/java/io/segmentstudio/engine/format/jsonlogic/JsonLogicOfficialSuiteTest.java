package io.segmentstudio.engine.format.jsonlogic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official JsonLogic suite (jsonlogic.com/tests.json, 277 cases between section comments), read
 * from ../shared/conformance/jsonlogic/tests.json: every case must give the expected result.
 */
class JsonLogicOfficialSuiteTest {
    private final JsonLogicEvaluator evaluator = new JsonLogicEvaluator();

    @TestFactory
    Stream<DynamicTest> everyOfficialCasePasses() {
        JsonNode suite = ConformanceFiles.read(ConformanceFiles.require("tests.json"));
        List<DynamicTest> tests = new ArrayList<>();
        String section = "";
        for (JsonNode entry : suite) {
            if (entry.isTextual()) {
                section = entry.textValue();
                continue;
            }
            JsonNode rule = entry.get(0);
            JsonNode data = entry.get(1);
            JsonNode expected = entry.get(2);
            String name = "#" + (tests.size() + 1) + " " + section + ": " + rule + " on " + data;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                JsonNode actual = evaluator.apply(rule, data);
                assertThat(ConformanceFiles.sameJson(expected, actual))
                        .as("%s gives %s, expected %s", rule, actual, expected).isTrue();
            }));
        }
        assertThat(tests).as("cases in tests.json").hasSize(277);
        return tests.stream();
    }
}
