package gazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code gazette} command: dispatches to its subcommands. */
@Command(name = "gazette", mixinStandardHelpOptions = true, versionProvider = Gazette.Version.class,
        description = "Builds news-coverage microsites from Markdown and raw copy.")
public final class Gazette {
    /**
     * The subcommands, in the order help lists them. Only the one a command line names is set up
     * (all of them when it names none, for help and errors): picocli reads each one's annotations
     * through reflection, which on a small site's build was a sixth of the whole run.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** Exit code for errors in content, templates or the site. */
    public static final int CONTENT_ERROR = 1;
    /** Exit code for a wrong command line. */
    public static final int USAGE = 2;

    private final Path siteRoot;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    Gazette(Path siteRoot, PrintStream out, PrintStream err, Clock clock) {
        this.siteRoot = siteRoot;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** The clock {@code new} dates articles by; tests fix it. */
    Clock clock() {
        return clock;
    }

    Path siteRoot() {
        return siteRoot;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Path.of("").toAbsolutePath(), out, err, args));
    }

    /**
     * Runs one command in-process, as the tests do.
     *
     * @param siteRoot the folder relative paths start from (the working directory, for the real command)
     * @return the exit code
     */
    public static int run(Path siteRoot, PrintStream out, PrintStream err, String... args) {
        return run(siteRoot, out, err, Clock.systemUTC(), args);
    }

    /** As {@link #run(Path, PrintStream, PrintStream, String...)}, with the clock to date new articles by. */
    public static int run(Path siteRoot, PrintStream out, PrintStream err, Clock clock, String... args) {
        CommandLine cli = new CommandLine(new Gazette(siteRoot, out, err, clock));
        String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || name.equals(named)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // An argument is what was typed: "@handle says..." is a headline, not a file of more arguments.
        // Set after the subcommands are added, so that it holds for them too.
        cli.setExpandAtFiles(false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("gazette: internal error: " + ex);
            ex.printStackTrace(err);
            return CONTENT_ERROR;
        });
        cli.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? USAGE : CONTENT_ERROR);
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Gazette.class.getPackage().getImplementationVersion();
            return new String[] {"gazette " + (v == null ? "(development)" : v)};
        }
    }
}
