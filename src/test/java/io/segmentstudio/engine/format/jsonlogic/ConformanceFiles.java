package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Where the shared JsonLogic suites are, and how a result is compared with the expected JSON. */
final class ConformanceFiles {
    static final Path ROOT = Path.of("..", "shared", "conformance", "jsonlogic");
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ConformanceFiles() {
    }

    /** The folder, or the test is skipped with a message saying what is missing. */
    static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> "JsonLogic conformance suite not found at "
                + path.toAbsolutePath().normalize() + " (expected ../shared/conformance/jsonlogic/ beside the project);"
                + " skipping");
        return path;
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** JSON equality as a JavaScript deepEqual sees it: numbers by value, undefined only equal to itself. */
    static boolean sameJson(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.doubleValue() == actual.doubleValue();
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!sameJson(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        } else if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null || !sameJson(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }
}
