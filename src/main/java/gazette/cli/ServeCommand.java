package gazette.cli;

import gazette.build.BuildOptions;
import gazette.serve.DevServer;
import gazette.source.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gazette serve}: build, serve on this computer, rebuild on every save and reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on this computer, rebuilds it when a file changes and reloads open pages.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Gazette gazette;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(names = "--base-url", paramLabel = "URL", converter = OptionValues.SiteAddress.class, description = "Where the site will be hosted, overriding baseUrl in the config; "
            + "the site is served under the same sub-path.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        BuildOptions opts = site.resolve(gazette.siteRoot()).withDrafts(drafts);
        if (baseUrl != null) {
            opts = opts.withBaseUrl(baseUrl);
        }
        DevServer server;
        try {
            server = DevServer.start(opts, host, port, gazette.out(), gazette.err());
        } catch (BindException e) {
            // Nothing was built or written: the port is opened first.
            gazette.err().println(inUse(e)
                    ? "gazette serve: port " + port + " on " + host + " is in use (another serve?); choose another with --port"
                    : "gazette serve: cannot listen on " + host + ":" + port + ": " + e.getMessage() + "; choose another --port or --host");
            return Gazette.CONTENT_ERROR;
        } catch (IOException | RuntimeException e) {
            // Not the port (that is a BindException): the host, or a folder that can not be watched.
            gazette.err().println("gazette serve: cannot serve on " + host + ":" + port + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Gazette.CONTENT_ERROR;
        }
        Thread stop = new Thread(server::close, "gazette-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        if (!isLoopback(host)) {
            gazette.err().println("gazette: warning: listening on " + host + ", so other computers can read the site");
        }
        gazette.out().println("Serving " + SourceReader.relative(opts.siteRoot(), opts.outputDir()) + "/ at " + server.url()
                + " (Ctrl-C to stop)");
        try {
            server.awaitClose();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is what stopped us.
            }
        }
        return 0;
    }

    /** Whether the port is taken, as against not allowed (below 1024) or an address not on this computer. */
    private static boolean inUse(BindException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("in use");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
