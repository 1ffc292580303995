package io.segmentstudio.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixed corpus of cases that once made the backends disagree (src/test/resources/differential/
 * regressions/*.json, each with a note on what it checks), replayed on every backend in the
 * surroundings it failed in. Add a file whenever {@link DifferentialPropertyTest} finds a disagreement:
 * its report ends with the file's content.
 */
class DifferentialRegressionTest {
    private static DifferentialHarness harness;

    @BeforeAll
    static void open() throws Exception {
        harness = DifferentialHarness.open();
    }

    @AfterAll
    static void close() throws Exception {
        harness.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseThatOnceFailedAgreesNow() throws IOException, URISyntaxException {
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            RegressionCase regression = RegressionCase.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            Optional<DifferentialHarness.Failure> failure;
            harness.load(regression.scenario());
            try {
                failure = harness.check(file.getFileName() + " (" + regression.note() + ")", regression.scenario(),
                        regression.rule(), Map.of());
            } finally {
                harness.restoreJvmDefaults();
            }
            assertThat(failure).as(() -> failure.map(DifferentialHarness.Failure::report).orElse("")).isEmpty();
        }));
    }

    @Test
    void theCorpusIsThereAndEveryCaseSaysWhatItChecks() throws IOException, URISyntaxException {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            RegressionCase regression = RegressionCase.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(regression.note()).as(file.getFileName().toString()).isNotBlank();
            // What the file holds is what it replays: writing it again gives the same text.
            assertThat(regression.toJson()).as(file.getFileName().toString())
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        Path directory = Path.of(DifferentialRegressionTest.class.getResource("/differential/regressions").toURI());
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }
}
