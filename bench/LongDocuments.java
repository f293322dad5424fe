import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * How the cost of one long article grows with its length: a site of one article whose body is one
 * long block of a kind (a table, a list, a quote, code, a paragraph, reference definitions, inline
 * tags, a run of backticks, unclosed runs of backticks or link targets on one line; footnotes and
 * live-blog updates, a quarter as many as lines), built at three lengths.
 *
 * <pre>java bench/LongDocuments.java [LINES [KIND]]      (LINES default 100000; run from the repository root)</pre>
 *
 * With KIND, only the kinds whose names contain it (for example {@code unclosed}).
 *
 * For each kind it writes the article at LINES/4, LINES/2 and LINES lines (or items) into a site
 * folder under target/bench/long (the repository's gazette.yml and seeds/), runs
 * {@code java -jar target/gazette.jar build --clean} there (or the jar in GAZETTE_JAR), a fresh JVM each
 * time, and prints the wall times. It also builds a one-paragraph article (median of three), whose
 * time (JVM start, every page of a one-article site) is taken off the others for the growth column:
 * the extra time at LINES over the extra time at LINES/4, about 4 when the cost grows linearly, 16
 * when it grows with the square of the length; left out ("-") where the extra time at LINES is under
 * half a second, too little to tell from the machine's noise. Every build must succeed; a failed one
 * stops the benchmark.
 */
public final class LongDocuments {
    private record Kind(String name, IntFunction<String> body) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("table rows", n -> lines(n, "| a | b |\n|---|---|\n", i -> "| " + i + " | cell |")),
            new Kind("list items", n -> lines(n, "", i -> "- item " + i)),
            new Kind("block quote lines", n -> lines(n, "", i -> "> quoted line " + i)),
            new Kind("indented code lines", n -> lines(n, "", i -> "    code line " + i)),
            new Kind("fenced code lines", n -> lines(n, "```\n", i -> "code line " + i) + "```\n"),
            new Kind("paragraph lines", n -> lines(n, "", i -> "word" + i + " and more words")),
            new Kind("reference definitions", n -> lines(n, "", i -> "[r" + i + "]: /u" + i)),
            new Kind("inline tags", n -> lines(n, "", i -> "<a>x</a>")),
            new Kind("backticks on one line", n -> "`".repeat(n) + "a" + "`".repeat(n - 1) + "\n"),
            // runs of 1, 2, 3... backticks, none closed: about 10 n characters in all
            new Kind("unclosed backtick runs", n -> growingRuns((int) Math.sqrt(20.0 * n))),
            new Kind("unclosed link targets", n -> "[a](<b".repeat(n) + "\n"),
            new Kind("footnotes", n -> lines(n / 4, "", i -> "Claim " + i + "[^n" + i + "].\n\n[^n" + i + "]: Note " + i + ".\n")),
            new Kind("live updates", n -> lines(n / 4, "", i -> "## Update " + i + "\n\n*" + String.format(Locale.ROOT,
                    "%02d:%02d", i / 60 % 24, i % 60) + "*\n\nText of update " + i + ".\n")),
            new Kind("live updates, one title", n -> lines(n / 4, "", i -> "## The same headline\n\nText of update " + i + ".\n")));

    private static String growingRuns(int runs) {
        StringBuilder text = new StringBuilder();
        for (int run = 1; run <= runs; run++) {
            text.append("`".repeat(run)).append(' ');
        }
        return text.append('\n').toString();
    }

    private static String lines(int n, String head, IntFunction<String> line) {
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < n; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String only = args.length > 1 ? args[1] : "";
        Path jar = Path.of(System.getenv().getOrDefault("GAZETTE_JAR", "target/gazette.jar")).toAbsolutePath();
        Path site = Path.of("target/bench/long").toAbsolutePath();
        clear(site);
        Files.createDirectories(site.resolve("seeds"));
        Files.copy(Path.of("gazette.yml"), site.resolve("gazette.yml"));
        double[] bases = {build(jar, site, "One paragraph.\n", false), build(jar, site, "One paragraph.\n", false),
                build(jar, site, "One paragraph.\n", false)};
        Arrays.sort(bases);
        double base = bases[1];
        System.out.printf(Locale.ROOT, "one-paragraph article: %.2f s (taken off the others for the growth column)%n", base);
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "kind", lines / 4, lines / 2, lines, "growth");
        for (Kind kind : KINDS) {
            if (!kind.name().contains(only)) {
                continue;
            }
            double[] times = new double[3];
            int[] sizes = {lines / 4, lines / 2, lines};
            for (int s = 0; s < 3; s++) {
                times[s] = build(jar, site, kind.body().apply(sizes[s]), kind.name().startsWith("live updates"));
            }
            String growth = times[2] - base < 0.5 ? "-"
                    : String.format(Locale.ROOT, "%.1f", (times[2] - base) / Math.max(0.01, times[0] - base));
            System.out.printf(Locale.ROOT, "%-24s %8.2fs %8.2fs %8.2fs %8s%n", kind.name(), times[0], times[1], times[2], growth);
        }
    }

    /** Writes the one article and builds the site; returns the wall time in seconds. */
    private static double build(Path jar, Path site, String body, boolean live) throws IOException, InterruptedException {
        String front = "---\ntitle: \"A long article\"\ndate: 2013-06-30\ntopics: [trade]\n"
                + (live ? "type: live\n" : "") + "---\n\nThe lead paragraph.\n\n";
        Files.writeString(site.resolve("seeds/2013-06-30-long.md"), front + body, StandardCharsets.UTF_8);
        ProcessBuilder command = new ProcessBuilder("java", "-jar", jar.toString(), "build", "--clean")
                .directory(site.toFile()).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("build failed (exit " + exit + "):\n" + output);
        }
        return seconds;
    }

    private static void clear(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
