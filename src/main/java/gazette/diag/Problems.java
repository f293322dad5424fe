package gazette.diag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Collects problems from every stage (from several threads at once), so that one run reports all
 * the mistakes in the content rather than the first one only; a report lists the first {@code cap}
 * of them ({@link #shown()}) and counts the rest.
 *
 * <p>Every problem counts, however many came before it: when the cap was a limit on what was
 * collected, a site with a hundred warnings dropped the error that came after them, and the build
 * succeeded without the broken article. Which problems a report lists does not depend on which
 * thread found one first: errors before warnings, each in reading order.
 */
public final class Problems {
    /**
     * How many distinct problems are held at most, past which they are only counted: bounds the memory
     * of a pathological input (a file that repeats one mistake a million times), far above any report.
     */
    private static final int HELD_AT_MOST = 20_000;

    private final int cap;
    private final List<Problem> held = new ArrayList<>();
    private final Set<Problem> seen = new HashSet<>();
    private int errors;
    private int warnings;

    /** @param cap how many problems a report lists */
    public Problems(int cap) {
        this.cap = cap;
    }

    /**
     * Adds a problem, unless the very same one (place, words and all) is here already: a YAML alias
     * used nine times in a list repeated its anchor's problem nine times, line for line.
     */
    public synchronized void add(Problem problem) {
        if (held.size() < HELD_AT_MOST) {
            if (!seen.add(problem)) {
                return;
            }
            held.add(problem);
        }
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
    }

    public void error(String file, int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    public void error(String file, int line, int column, String message, String hint) {
        add(Problem.error(file, line, column, message, hint));
    }

    public void warning(String file, int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    /** How many errors were added, listed or not. */
    public synchronized int errorCount() {
        return errors;
    }

    /** How many warnings were added, listed or not. */
    public synchronized int warningCount() {
        return warnings;
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** Every problem held, in reading order: for passing them on to another collection. */
    public synchronized List<Problem> all() {
        return held.stream().sorted(Problem.READING_ORDER).toList();
    }

    /** Every warning held, in reading order. */
    public synchronized List<Problem> warnings() {
        return held.stream().filter(p -> !p.isError()).sorted(Problem.READING_ORDER).toList();
    }

    /**
     * What a report lists: the errors first, as many as the cap takes, then warnings to fill it, each
     * in reading order; listed together in reading order.
     */
    public synchronized List<Problem> shown() {
        Stream<Problem> errorsFirst = Stream.concat(held.stream().filter(Problem::isError).sorted(Problem.READING_ORDER),
                held.stream().filter(p -> !p.isError()).sorted(Problem.READING_ORDER));
        return errorsFirst.limit(cap).sorted(Problem.READING_ORDER).toList();
    }

    /** How many problems a report leaves out ({@link #shown()}). */
    public synchronized int notShown() {
        return errors + warnings - Math.min(cap, held.size());
    }

    /** The failure that reports these problems. */
    public synchronized BuildFailure failure() {
        return new BuildFailure(shown(), notShown(), errors);
    }

    /**
     * The lines that report a successful run's warnings: the first {@code cap} of them in reading order,
     * then how many more there are. A site of ten thousand articles may have a warning each.
     */
    public static List<String> warningLines(List<Problem> warnings, int cap) {
        List<String> lines = new ArrayList<>();
        warnings.stream().limit(cap).forEach(w -> lines.add(w.toString()));
        if (warnings.size() > cap) {
            lines.add("... and " + (warnings.size() - cap) + " more warnings");
        }
        return lines;
    }

    /** Stops the build when anything so far was an error; nothing is written from bad content. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw failure();
        }
    }
}
