package io.segmentstudio.app.cli;

import io.segmentstudio.domain.LifecycleException;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.engine.RuleException;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.ingest.csv.CsvException;
import io.segmentstudio.workspace.WorkspaceException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into an exit code and one line on stderr, never a stack trace. Bad options and problems
 * the user can fix (a missing file, a locked workspace, a malformed CSV) exit with {@link Cli#USER_ERROR};
 * anything else is a bug, logged with its stack trace, and exits with {@link Cli#INTERNAL_ERROR}.
 */
final class FailureHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String suggestion = ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()
                ? " Did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?"
                : "";
        print(command.getErr(), "Error: " + ex.getMessage() + "." + suggestion + " See '"
                + command.getCommandSpec().qualifiedName() + " --help'.");
        return Cli.USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        if (isUserError(ex)) {
            if (ex instanceof IllegalArgumentException) {
                LOG.warn("{}: {}", name, ex.getMessage(), ex); // usually validation, but bugs throw it too
            } else {
                LOG.info("{}: {}", name, ex.getMessage());
            }
            print(command.getErr(), "Error: " + userMessage(ex));
            return Cli.USER_ERROR;
        }
        LOG.error("{} failed", name, ex);
        print(command.getErr(), "Internal error: " + ex + ". Details are in the log file "
                + LogLocation.file().orElse("(no log file is configured)") + ".");
        return Cli.INTERNAL_ERROR;
    }

    private static boolean isUserError(Exception ex) {
        return ex instanceof WorkspaceException || ex instanceof CsvException || ex instanceof IllegalArgumentException
                || ex instanceof ProgressListener.CancelledException || ex instanceof RuleFormatException
                || ex instanceof RuleException || ex instanceof LifecycleException;
    }

    private static String userMessage(Exception ex) {
        if (ex instanceof RuleException rule) {
            return "rule node " + rule.nodeId() + ": " + ex.getMessage();
        }
        if (ex instanceof WorkspaceException.NotFound) {
            return ex.getMessage() + ". Create one with 'segment-studio workspace init -w PATH'.";
        }
        if (ex instanceof ProgressListener.CancelledException) {
            return "Cancelled.";
        }
        return ex.getMessage();
    }

    private static void print(PrintWriter err, String line) {
        err.println(line.replace('\n', ' '));
        err.flush();
    }
}
