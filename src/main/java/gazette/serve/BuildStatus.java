package gazette.serve;

import java.util.List;

/**
 * The outcome of the server's latest build.
 *
 * @param number    how many builds this server has run, the first being 1
 * @param goodBuild id of the build whose files are being served (server start time + number), or
 *                  {@code ""} when no build has succeeded yet; pages carry it to notice a missed reload
 * @param ok        whether the latest build succeeded
 * @param problems  the latest build's problems, one {@code path:line:col: message} line each with what it is,
 *                  errors first; empty when ok
 * @param files     how many files the latest successful build wrote (0 when it failed)
 * @param millis    how long the latest build took
 */
public record BuildStatus(long number, String goodBuild, boolean ok, List<ProblemLine> problems, int files, long millis) {
    public BuildStatus {
        problems = List.copyOf(problems);
    }

    /** The problems' lines, as the terminal prints them. */
    public List<String> lines() {
        return problems.stream().map(ProblemLine::text).toList();
    }
}
