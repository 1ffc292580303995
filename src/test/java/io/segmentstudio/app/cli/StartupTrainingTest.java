package io.segmentstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {
    @Test
    void runsTheCommonCommandsAndLeavesNothingBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingDirs(tmp);
        StartupTraining.main(new String[0]);
        assertThat(trainingDirs(tmp)).isEqualTo(before);
    }

    private static List<Path> trainingDirs(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segment-studio-training")).sorted().toList();
        }
    }
}
