package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class CliTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something broke");
        }
    }

    @Command(name = "hello")
    static final class Hello implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void helpListsTheCommandsOnStdout() {
        CliRunner.Result result = run("--help").assertOk();
        assertThat(result.out()).contains("segment-studio", "workspace", "import", "profiles");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUserErrorWithASuggestion() {
        CliRunner.Result result = run("profiles", "count", "-w", "x", "--jsn").assertUserError();
        assertThat(result.err()).contains("Unknown option: '--jsn'", "--json", "segment-studio profiles count --help");
    }

    @Test
    void anUnknownCommandIsAUserError() {
        assertThat(run("profile", "count").assertUserError().err()).contains("profile");
    }

    @Test
    void aGroupWithoutItsCommandIsAUserErrorPointingAtHelp() {
        assertThat(run("workspace").assertUserError().err())
                .contains("Missing required subcommand", "segment-studio workspace --help");
    }

    @Test
    void aMissingRequiredOptionIsAUserError() {
        assertThat(run("profiles", "count").assertUserError().err()).contains("--workspace");
    }

    @Test
    void anInternalErrorExitsWith2AndPointsAtTheLogWithoutAStackTrace() {
        CliRunner.Result result = run(List.of(new Boom()), "boom");
        assertThat(result.exitCode()).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(result.err()).startsWith("Internal error: java.lang.IllegalStateException: something broke")
                .contains("log file").doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void extraTopLevelCommandsCanBeAdded() {
        assertThat(run(List.of(Hello.class), "hello").exitCode()).isZero();
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version").assertOk().out()).startsWith("segment-studio");
    }
}
