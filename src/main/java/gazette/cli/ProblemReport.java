package gazette.cli;

import gazette.diag.BuildFailure;

import java.io.PrintStream;

/** Prints a failed run's problems, one {@code path:line:col: message} line each. */
final class ProblemReport {
    private ProblemReport() {
    }

    static void print(PrintStream err, BuildFailure failure) {
        failure.problems().forEach(err::println);
        if (failure.dropped() > 0) {
            err.println("... and " + failure.dropped() + " more problems");
        }
        long errors = failure.problems().stream().filter(p -> p.isError()).count() + failure.dropped();
        err.println("gazette: " + errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
    }
}
