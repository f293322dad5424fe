package gazette.cli;

import gazette.diag.BuildFailure;

import java.io.PrintStream;

/** Prints a failed run's problems, one {@code path:line:col: message} line each. */
final class ProblemReport {
    private ProblemReport() {
    }

    /**
     * For {@code build}: the problems, then how many errors there were and that nothing was written,
     * or, for a failure the checks before writing could not foresee, that the folder is partly updated.
     */
    static void print(PrintStream err, BuildFailure failure) {
        err.println("gazette: " + listed(err, failure) + (failure.outputChanged()
                ? "; the output folder is partly updated: build again once this is mended" : "; nothing was written"));
    }

    /** For {@code check}, whose run stops at the same problems before it checks the built site. */
    static void printChecked(PrintStream err, BuildFailure failure) {
        err.println("gazette check: " + listed(err, failure));
    }

    /** Prints the problems kept and the count of those left out; returns the count of errors, as words. */
    private static String listed(PrintStream err, BuildFailure failure) {
        failure.problems().forEach(err::println);
        if (failure.notShown() > 0) {
            err.println("... and " + failure.notShown() + " more problems");
        }
        return count(failure.errors(), "error");
    }

    /** {@code n} and the noun, with an s unless n is 1: "1 error", "2 errors". */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
