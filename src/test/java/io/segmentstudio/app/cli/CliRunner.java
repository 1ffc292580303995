package io.segmentstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs the CLI in-process with captured stdout and stderr. */
final class CliRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CliRunner() {
    }

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }

        /** A user error: exit code 1, nothing on stdout, one line on stderr without a stack trace. */
        Result assertUserError() {
            assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(Cli.USER_ERROR);
            assertThat(out).isEmpty();
            assertThat(err.lines()).hasSize(1);
            assertThat(err).doesNotContain("\tat ");
            return this;
        }

        Result assertOk() {
            assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(Cli.OK);
            return this;
        }
    }

    static Result run(String... args) {
        return run(List.of(), args);
    }

    static Result run(List<Object> extraSubcommands, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true), new PrintStream(err, true), extraSubcommands).run(args);
        return new Result(code, out.toString(), err.toString());
    }
}
