package io.segmentstudio.app.cli;

import io.segmentstudio.app.Settings;
import io.segmentstudio.app.bench.UiBench;
import io.segmentstudio.domain.LifecycleAction;
import io.segmentstudio.engine.format.RuleFormat;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The command-line face of Segment Studio: {@code segment-studio <group> <command> [options]}. It never
 * calls {@link System#exit}; {@link #run} returns the exit code for the launcher to use.
 *
 * <p>Exit codes: {@value #OK} success; {@value #USER_ERROR} something the user can fix (bad options, a
 * missing or locked workspace, an unreadable CSV), with a one-line message on stderr; {@value
 * #INTERNAL_ERROR} a bug, with a one-line message on stderr and the stack trace in the log file; {@value
 * #CHECK_FAILED} a check that ran and failed ({@code segment test}).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;
    /** The command ran, and what it checked did not hold (a test profile failed). */
    public static final int CHECK_FAILED = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final List<Object> extraSubcommands;
    private final Supplier<String> userName;
    private final UiBench uiBench;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, List.of());
    }

    public Cli(PrintStream out, PrintStream err, List<Object> extraSubcommands) {
        this(out, err, extraSubcommands, () -> Settings.defaults().userName());
    }

    /**
     * @param extraSubcommands more top-level commands (such as the desktop app's {@code ui}): instances or
     *                         classes of {@code @Command}-annotated types, added after the built-in ones
     * @param userName         who lifecycle commands act as without {@code --user}: the settings' user name;
     *                         asked only by those commands, so the others never read the settings
     */
    public Cli(PrintStream out, PrintStream err, List<Object> extraSubcommands, Supplier<String> userName) {
        this(out, err, extraSubcommands, userName, UiBench.UNAVAILABLE);
    }

    /** @param uiBench what {@code bench ui} runs: the desktop part's measuring, handed in by the launcher */
    public Cli(PrintStream out, PrintStream err, List<Object> extraSubcommands, Supplier<String> userName,
               UiBench uiBench) {
        this.out = out;
        this.err = err;
        this.extraSubcommands = List.copyOf(extraSubcommands);
        this.userName = userName;
        this.uiBench = uiBench;
    }

    /** Parses and runs one command line; returns its exit code. */
    public int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        // Which stream is a terminal cannot be told apart in Java 17; a console means an interactive session.
        boolean errIsConsole = err == System.err && System.console() != null;
        CommandLine commandLine = build(new Output(outWriter, errWriter, errIsConsole));
        FailureHandler failures = new FailureHandler();
        commandLine.setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(failures)
                .setExecutionExceptionHandler(failures);
        return commandLine.execute(args);
    }

    private CommandLine build(Output output) {
        String actor = System.getProperty("user.name", "cli");
        CommandLine root = new CommandLine(new RootCommand())
                .addSubcommand(group(new Groups.WorkspaceGroup(),
                        new WorkspaceInitCommand(output), new WorkspaceInfoCommand(output)))
                .addSubcommand(group(new Groups.ImportGroup(),
                        new ImportCsvCommand(output, actor), new ImportRejectionsCommand(output)))
                .addSubcommand(group(new Groups.ProfilesGroup(), new ProfilesCountCommand(output)))
                .addSubcommand(group(new Groups.SampleGroup(), new SampleGenerateCommand(output)))
                .addSubcommand(group(new Groups.SegmentGroup(), new SegmentEvalCommand(output),
                        new SegmentSqlCommand(output), new SegmentExplainCommand(output),
                        new SegmentRefreshCommand(output, actor), new SegmentConvertCommand(output),
                        new SegmentTestCommand(output), new SegmentTestAddCommand(output, userName),
                        new SegmentHistoryCommand(output), new SegmentDiffCommand(output),
                        LifecycleCommand.command(LifecycleAction.SUBMIT, output, userName),
                        LifecycleCommand.command(LifecycleAction.WITHDRAW, output, userName),
                        LifecycleCommand.command(LifecycleAction.APPROVE, output, userName),
                        LifecycleCommand.command(LifecycleAction.REJECT, output, userName),
                        LifecycleCommand.command(LifecycleAction.ARCHIVE, output, userName),
                        LifecycleCommand.command(LifecycleAction.UNARCHIVE, output, userName)))
                .addSubcommand(group(new Groups.EventsGroup(), new EventsIngestCommand(output),
                        new EventsWatchCommand(output)))
                .addSubcommand(group(new Groups.ComputedGroup(), new ComputedAddCommand(output),
                        new ComputedListCommand(output), new ComputedRefreshCommand(output)))
                .addSubcommand(group(new Groups.AuditGroup(), new AuditListCommand(output)))
                .addSubcommand(group(new Groups.BenchGroup(), new BenchEngineCommand(output), new BenchUiCommand(output, uiBench)));
        extraSubcommands.forEach(root::addSubcommand);
        root.registerConverter(ZoneId.class, Cli::zone);
        root.registerConverter(LocalDate.class, Cli::date);
        root.registerConverter(RuleFormat.class, Cli::format);
        return root;
    }

    private static CommandLine group(Object parent, Object... commands) {
        CommandLine group = new CommandLine(parent);
        for (Object command : commands) {
            group.addSubcommand(command);
        }
        return group;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a time zone; use a name such as Europe/Berlin"
                    + " or America/New_York");
        }
    }

    private static RuleFormat format(String text) {
        try {
            return RuleFormat.of(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + text + "' is not a rule format; use native, jsonlogic, rqb or sql");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a date; use yyyy-MM-dd");
        }
    }
}
