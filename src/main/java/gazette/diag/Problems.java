package gazette.diag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects problems from every stage (from several threads at once) up to a cap, so that one run
 * reports all the mistakes in the content rather than the first one only.
 */
public final class Problems {
    private final int cap;
    private final List<Problem> list = new ArrayList<>();
    private final Set<Problem> seen = new HashSet<>();
    private int dropped;

    public Problems(int cap) {
        this.cap = cap;
    }

    /**
     * Adds a problem, unless the very same one (place, words and all) is here already: a YAML alias
     * used nine times in a list repeated its anchor's problem nine times, line for line.
     */
    public synchronized void add(Problem problem) {
        if (seen.contains(problem)) {
            return;
        }
        if (list.size() < cap) {
            list.add(problem);
            seen.add(problem); // only those kept: past the cap, problems are counted, not held
        } else {
            dropped++;
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

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count() + dropped;
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** All problems in reading order. */
    public synchronized List<Problem> all() {
        return list.stream().sorted(Problem.READING_ORDER).toList();
    }

    public synchronized List<Problem> warnings() {
        return list.stream().filter(p -> !p.isError()).sorted(Problem.READING_ORDER).toList();
    }

    /** How many problems went past the cap and were not kept. */
    public synchronized int dropped() {
        return dropped;
    }

    /** Stops the build when anything so far was an error; nothing is written from bad content. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailure(all(), dropped());
        }
    }
}
