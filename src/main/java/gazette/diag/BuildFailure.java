package gazette.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has errors; carries every problem found, in reading order. */
public final class BuildFailure extends RuntimeException {
    private final transient List<Problem> problems;
    private final int notShown;
    private final int errors;

    private final boolean outputChanged;

    /** Problems all listed: {@code problems}, every one of them counted among the errors if it is one. */
    public BuildFailure(List<Problem> problems) {
        this(problems, 0, (int) problems.stream().filter(Problem::isError).count(), false);
    }

    /**
     * @param problems the problems a report lists
     * @param notShown how many more were found
     * @param errors   how many of all of them are errors
     */
    public BuildFailure(List<Problem> problems, int notShown, int errors) {
        this(problems, notShown, errors, false);
    }

    private BuildFailure(List<Problem> problems, int notShown, int errors, boolean outputChanged) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.notShown = notShown;
        this.errors = errors;
        this.outputChanged = outputChanged;
    }

    public BuildFailure(Problem problem) {
        this(List.of(problem));
    }

    /**
     * A failure while the output folder was being changed, after some of it was: what every check
     * before writing could not foresee (a disk that filled meanwhile, say). The report must not say
     * that nothing was written.
     */
    public static BuildFailure afterWriting(Problem problem) {
        return new BuildFailure(List.of(problem), 0, problem.isError() ? 1 : 0, true);
    }

    /** Whether the output folder was changed before the failure ({@link #afterWriting}). */
    public boolean outputChanged() {
        return outputChanged;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many more problems were found than {@link #problems()} lists. */
    public int notShown() {
        return notShown;
    }

    /** How many of all the problems found, listed or not, are errors. */
    public int errors() {
        return errors;
    }
}
