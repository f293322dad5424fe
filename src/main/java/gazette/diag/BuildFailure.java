package gazette.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has errors; carries every problem found, in reading order. */
public final class BuildFailure extends RuntimeException {
    private final transient List<Problem> problems;
    private final int dropped;

    public BuildFailure(List<Problem> problems, int dropped) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.dropped = dropped;
    }

    public BuildFailure(Problem problem) {
        this(List.of(problem), 0);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Problems found beyond the cap, counted but not kept. */
    public int dropped() {
        return dropped;
    }
}
