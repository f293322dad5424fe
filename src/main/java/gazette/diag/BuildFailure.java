package gazette.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has errors; carries every problem found, in reading order. */
public final class BuildFailure extends RuntimeException {
    private final transient List<Problem> problems;
    private final int dropped;

    private final boolean outputChanged;

    public BuildFailure(List<Problem> problems, int dropped) {
        this(problems, dropped, false);
    }

    private BuildFailure(List<Problem> problems, int dropped, boolean outputChanged) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.dropped = dropped;
        this.outputChanged = outputChanged;
    }

    public BuildFailure(Problem problem) {
        this(List.of(problem), 0);
    }

    /**
     * A failure while the output folder was being changed, after some of it was: what every check
     * before writing could not foresee (a disk that filled meanwhile, say). The report must not say
     * that nothing was written.
     */
    public static BuildFailure afterWriting(Problem problem) {
        return new BuildFailure(List.of(problem), 0, true);
    }

    /** Whether the output folder was changed before the failure ({@link #afterWriting}). */
    public boolean outputChanged() {
        return outputChanged;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Problems found beyond the cap, counted but not kept. */
    public int dropped() {
        return dropped;
    }
}
