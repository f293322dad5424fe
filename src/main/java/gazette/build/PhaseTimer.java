package gazette.build;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints how long each stage of a build took, to standard error, when the system property
 * {@code gazette.timings} is set ({@code java -Dgazette.timings -jar gazette.jar build}); for
 * profiling, silent otherwise.
 */
final class PhaseTimer {
    private static final boolean ON = System.getProperty("gazette.timings") != null;
    private final PrintStream err = System.err;
    private long last = System.nanoTime();

    void lap(String phase) {
        if (ON) {
            long now = System.nanoTime();
            err.printf(Locale.ROOT, "gazette: %-24s %6d ms%n", phase, (now - last) / 1_000_000);
            last = now;
        }
    }
}
