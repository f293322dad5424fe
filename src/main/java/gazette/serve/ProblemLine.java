package gazette.serve;

import gazette.diag.Problem;

/**
 * One line of a failed build's report as the page shows it: the line the terminal prints, and what
 * it is, so that the overlay can set the error that stopped the build apart from the warnings
 * printed with it (it showed them all alike, the one error somewhere among them).
 *
 * @param kind what the line reports
 * @param text the line as printed in the terminal: {@code path:line:col: message}
 */
record ProblemLine(Kind kind, String text) {
    enum Kind {
        /** Stopped the build. */
        ERROR,
        /** Printed with it; does not stop a build. */
        WARNING,
        /** Says how many more were left out. */
        NOTE;

        /** Its name in the page's script and the overlay's classes: {@code error}, {@code warning}, {@code note}. */
        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static ProblemLine of(Problem p) {
        return new ProblemLine(p.isError() ? Kind.ERROR : Kind.WARNING, p.toString());
    }

    static ProblemLine error(String text) {
        return new ProblemLine(Kind.ERROR, text);
    }

    /** As the page's script reads it: {@code {"kind": "error", "text": "…"}}. */
    java.util.Map<String, Object> json() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("kind", kind.id());
        m.put("text", text);
        return m;
    }
}
