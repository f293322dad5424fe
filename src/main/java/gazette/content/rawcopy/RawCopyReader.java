package gazette.content.rawcopy;

import gazette.content.rawcopy.Paragraphs.Paragraph;
import gazette.content.rawcopy.UpdateTimes.TimedText;
import gazette.content.rawcopy.UpdateTimes.UpdateTime;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads raw news copy (plain text as pasted from a web page or a wire) into an
 * {@link ImportedCopy}. In order: furniture lines are dropped, with the headlines listed under a
 * "Related stories:" label; the first remaining line is the
 * headline (unless it is too long for one: then the copy has none); a byline near the top becomes the author; the copy is a live blog when a
 * "Live updates" marker precedes headline-like lines, or when it has several of them (or two with
 * times); a dateline at the start of the first body paragraph goes to the front matter; captions
 * and attributed quotes become their Markdown forms. Every other paragraph is kept word for word.
 *
 * <p>The text must already be decoded ({@link gazette.source.SourceText#decode}), which reports
 * files that are not UTF-8 or are binary.
 */
public final class RawCopyReader {
    /** Without a marker, this many headline-like lines make a live blog (fewer are crossheads). */
    private static final int UPDATES_WITHOUT_MARKER = 3;
    /** ... or this many, when each carries a time. */
    private static final int TIMED_UPDATES_WITHOUT_MARKER = 2;
    /** Bylines and datelines sit at the top; deeper in, "By ..." is part of a sentence. */
    private static final int TOP_PARAGRAPHS = 4;
    /** How far back from an attribution line its quotation may start. */
    private static final int MAX_QUOTE_PARAGRAPHS = 6;
    /** A "Related stories:" label lists a few headlines; a longer run of them is not such a list. */
    private static final int MAX_RELATED = 6;

    private final Furniture furniture;

    public RawCopyReader(Furniture furniture) {
        this.furniture = furniture;
    }

    /**
     * @param relPath the file's path relative to the site folder, for problems
     * @param text    the decoded copy
     * @throws BuildFailure when the copy is empty, or nothing but furniture
     */
    public ImportedCopy read(String relPath, String text) {
        String copy = text.startsWith("\uFEFF") ? text.substring(1) : text;
        copy = copy.replace("\r\n", "\n").replace('\r', '\n');
        if (clean(copy).isEmpty()) {
            throw new BuildFailure(Problem.error(relPath, 1, 1, "file is empty", "paste the article's text into it"));
        }
        String[] lines = copy.split("\n", -1);
        List<RemovedLine> removed = new ArrayList<>();
        boolean[] isFurniture = new boolean[lines.length];
        int markerLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            if (!line.isEmpty() && furniture.matches(line)) {
                removed.add(new RemovedLine(i + 1, line));
                isFurniture[i] = true;
                if (markerLine == 0 && furniture.isLiveMarker(line)) {
                    markerLine = i + 1;
                }
            }
            lines[i] = line;
        }
        removed.addAll(dropRelatedLists(lines, isFurniture));
        removed.sort(Comparator.comparingInt(RemovedLine::line));
        for (int i = 0; i < lines.length; i++) {
            if (isFurniture[i]) {
                lines[i] = "";   // a removed line separates paragraphs like a blank one
            }
        }
        List<Paragraph> paragraphs = Paragraphs.split(lines);
        if (paragraphs.isEmpty()) {
            throw new BuildFailure(Problem.error(relPath, removed.get(0).line(), 1,
                    "file has no article text: every line is page furniture",
                    "check the import.furniture patterns in gazette.yml"));
        }
        return new Reading(relPath, paragraphs, markerLine, removed).result();
    }

    /**
     * The headlines a page lists under a bare "Related stories:" label: the lines after it, blank lines
     * between them allowed, as long as each reads as a headline (and is not a caption, time, byline or
     * attribution, nor a sentence wrapped onto the next line, nor a live update's headline with its time
     * on the next line). The first line that does not ends the
     * list. A label before any article text (the page's navigation, above the headline) takes nothing,
     * nor does one above more than {@value #MAX_RELATED} such lines: that is not a list of links.
     * Marks the lines as furniture and returns them.
     */
    private List<RemovedLine> dropRelatedLists(String[] lines, boolean[] isFurniture) {
        List<RemovedLine> dropped = new ArrayList<>();
        boolean textAbove = false;
        for (int i = 0; i < lines.length; i++) {
            if (!isFurniture[i]) {
                textAbove |= !lines[i].isEmpty();
                continue;
            }
            if (!textAbove || !furniture.isListLabel(lines[i])) {
                continue;
            }
            List<Integer> items = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.length; j++) {
                if (lines[j].isEmpty()) {
                    continue;
                }
                String below = nextLine(lines, j + 1);
                if (isFurniture[j] || !isListedHeadline(lines[j]) || UpdateTimes.timeOnly(below).isPresent()
                        || j + 1 < lines.length && !lines[j + 1].isEmpty()
                        && Character.isLowerCase(lines[j + 1].codePointAt(0))) {
                    break;   // a live update's headline has its time below it; a wrapped sentence goes on in lower case
                }
                items.add(j);
            }
            if (items.size() <= MAX_RELATED) {
                for (int k : items) {
                    dropped.add(new RemovedLine(k + 1, lines[k]));
                    isFurniture[k] = true;
                }
            }
            i = j - 1;
        }
        return dropped;
    }

    private static String nextLine(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                return lines[i];
            }
        }
        return "";
    }

    private static boolean isListedHeadline(String line) {
        return CopyPatterns.looksLikeHeadline(line) && CopyPatterns.caption(line).isEmpty()
                && UpdateTimes.timeOnly(line).isEmpty() && CopyPatterns.byline(line).isEmpty()
                && CopyPatterns.attribution(line).isEmpty();
    }

    /** Trims ordinary and no-break spaces, which scraped pages use for blank lines too. */
    private static String clean(String s) {
        return s.replace('\u00A0', ' ').strip().isEmpty() ? "" : s.strip();
    }

    /** The state of reading one copy: which paragraph is what. */
    private static final class Reading {
        private final String relPath;
        private final List<Paragraph> body;
        private final int markerLine;
        private final List<RemovedLine> removed;
        private final Optional<String> title;
        private Optional<String> author = Optional.empty();
        private Optional<String> dateline = Optional.empty();
        private Optional<String> summary = Optional.empty();
        /** Paragraphs that are not written (bylines, times moved to their update, empty datelines). */
        private final boolean[] skip;
        private final boolean[] update;
        private final UpdateTime[] times;
        private final String[] headlines;
        /** For a quote's first paragraph: the index of its attribution line; else -1. */
        private final int[] quoteEnd;
        private boolean live;
        /** What the reader changed that the editor should know of, and what it could not settle. */
        private final List<String> notes = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        Reading(String relPath, List<Paragraph> paragraphs, int markerLine, List<RemovedLine> removed) {
            this.relPath = relPath;
            int start = 0;
            Optional<String> bylineAbove = Optional.empty();
            if (paragraphs.size() > 1) {
                bylineAbove = CopyPatterns.byline(paragraphs.get(0).text());
                start = bylineAbove.isPresent() ? 1 : 0;
            }
            // A first paragraph too long for any headline is text: the copy has none, and none is made up.
            String first = paragraphs.get(start).text();
            this.title = CopyPatterns.fitsHeadline(first) ? Optional.of(first) : Optional.empty();
            this.body = new ArrayList<>(paragraphs.subList(title.isPresent() ? start + 1 : start, paragraphs.size()));
            this.markerLine = markerLine;
            this.removed = removed;
            this.author = bylineAbove;
            int n = body.size();
            skip = new boolean[n];
            update = new boolean[n];
            times = new UpdateTime[n];
            headlines = new String[n];
            quoteEnd = new int[n];
            Arrays.fill(quoteEnd, -1);
            findByline();
            findUpdates();
            settleZones();
            findDatelineAndStandfirst();
            findQuotes();
        }

        private void findByline() {
            for (int k = 0; k < Math.min(TOP_PARAGRAPHS, body.size()) && author.isEmpty(); k++) {
                Optional<String> byline = CopyPatterns.byline(text(k));
                if (byline.isPresent()) {
                    author = byline;
                    skip[k] = true;
                }
            }
        }

        private void findUpdates() {
            int n = body.size();
            boolean[] candidate = new boolean[n];
            for (int k = 0; k < n; k++) {
                if (!skip[k] && !isAside(k)) {
                    TimedText timed = UpdateTimes.leadingTime(text(k));
                    candidate[k] = CopyPatterns.looksLikeHeadline(timed.text());
                    headlines[k] = timed.text();
                    times[k] = timed.time().orElse(null);
                }
            }
            // A headline introduces text: the next real paragraph must not be another headline.
            List<Integer> found = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int next = nextText(k + 1);
                if (candidate[k] && next >= 0 && !candidate[next] && CopyPatterns.attribution(text(next)).isEmpty()
                        && (markerLine == 0 || body.get(k).line() > markerLine)) {
                    found.add(k);
                }
            }
            int timed = 0;
            boolean[] timeTaken = new boolean[n];
            for (int k : found) {
                if (times[k] == null) {
                    times[k] = adjacentTime(k + 1, timeTaken).or(() -> adjacentTime(k - 1, timeTaken)).orElse(null);
                }
                timed += times[k] == null ? 0 : 1;
            }
            live = markerLine > 0 ? !found.isEmpty()
                    : found.size() >= UPDATES_WITHOUT_MARKER || timed >= TIMED_UPDATES_WITHOUT_MARKER;
            if (live) {
                for (int k : found) {
                    update[k] = true;
                }
                for (int k = 0; k < n; k++) {
                    skip[k] |= timeTaken[k];
                }
            }
        }

        /**
         * Bare update times are in the zone the copy names when it names one ({@link LiveBlogTimes});
         * when it names several, the editor is warned at the first bare one.
         */
        private void settleZones() {
            List<UpdateTime> updateTimes = updateTimes();
            Optional<String> shared = LiveBlogTimes.sharedOffset(updateTimes);
            List<Integer> bare = new ArrayList<>();
            for (int k = 0; k < body.size(); k++) {
                if (update[k] && times[k] != null && times[k].offset().isEmpty()) {
                    bare.add(k);
                }
            }
            String written = String.join(", ", bare.stream().map(k -> times[k].original()).toList());
            if (shared.isPresent()) {
                bare.forEach(k -> times[k] = times[k].inOffset(shared.get()));
                notes.add("update times without a zone (" + written + ") read in " + LiveBlogTimes.zonesNamed(updateTimes)
                        + " (" + shared.get() + "), as the copy's other times");
            } else if (LiveBlogTimes.zoneUnclear(updateTimes)) {
                warnings.add(Problem.warning(relPath, body.get(bare.get(0)).line(), 1, "the update times name more than one zone ("
                        + LiveBlogTimes.zonesNamed(updateTimes) + "), so those without one (" + written
                        + ") are left in the site's zone: add the zone each was written in"));
            }
        }

        /** Each update's time in the copy's order, null for one without. */
        private List<UpdateTime> updateTimes() {
            List<UpdateTime> list = new ArrayList<>();
            for (int k = 0; k < body.size(); k++) {
                if (update[k]) {
                    list.add(times[k]);
                }
            }
            return list;
        }

        /** The time paragraph at {@code k}, if it is one and no other update has claimed it. */
        private Optional<UpdateTime> adjacentTime(int k, boolean[] taken) {
            if (k < 0 || k >= body.size() || taken[k] || skip[k]) {
                return Optional.empty();
            }
            Optional<UpdateTime> time = UpdateTimes.timeOnly(text(k));
            time.ifPresent(t -> taken[k] = true);
            return time;
        }

        /** Captions, times and attributions sit among the text but are not text a headline introduces. */
        private boolean isAside(int k) {
            String t = text(k);
            return CopyPatterns.caption(t).isPresent() || UpdateTimes.timeOnly(t).isPresent()
                    || CopyPatterns.attribution(t).isPresent();
        }

        private int nextText(int from) {
            for (int k = from; k < body.size(); k++) {
                if (!skip[k] && !isAside(k)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * The dateline is the start of the first prose paragraph, or of the second when a standfirst
         * comes first (then that one is the summary). A live blog's standfirst is its first prose
         * paragraph before the updates.
         */
        private void findDatelineAndStandfirst() {
            int end = firstUpdate();
            int firstProse = -1;
            int prose = 0;
            for (int k = 0; k < end && prose < 2; k++) {
                if (skip[k] || isAside(k)) {
                    continue;
                }
                prose++;
                Optional<CopyPatterns.Dateline> found = CopyPatterns.dateline(text(k));
                if (found.isPresent()) {
                    dateline = Optional.of(found.get().place());
                    body.set(k, body.get(k).withText(found.get().rest()));
                    skip[k] = found.get().rest().isEmpty();
                    if (firstProse >= 0 && readsAsStandfirst(text(firstProse))) {
                        summary = Optional.of(text(firstProse));
                    }
                    break;
                }
                if (firstProse < 0) {
                    firstProse = k;
                }
            }
            if (live && summary.isEmpty()) {
                for (int k = 0; k < end; k++) {
                    if (!skip[k] && !isAside(k)) {
                        summary = readsAsStandfirst(text(k)) ? Optional.of(text(k)) : Optional.empty();
                        break;
                    }
                }
            }
        }

        private static boolean readsAsStandfirst(String text) {
            return CopyPatterns.endsSentence(text) && CopyPatterns.words(text) >= 6 && CopyPatterns.words(text) <= 80;
        }

        private int firstUpdate() {
            for (int k = 0; k < update.length; k++) {
                if (update[k]) {
                    return k;
                }
            }
            return Math.min(body.size(), TOP_PARAGRAPHS + 2);
        }

        /**
         * A quotation ends at its attribution line and starts after the nearest line above that
         * ends with a colon ("... signing a strategic partnership with the country:"), looking no
         * further back than an update heading, a caption or another quote. Without such an
         * introduction it is the paragraph just above when that is quotation as a whole
         * ({@link CopyPatterns#isQuotation}), plus any above it that open with quotation marks (the
         * earlier paragraphs of a long quote, which stay open). {@code "We discussed trade," he
         * said.} above a dash line is the reporter's sentence: both stay as written.
         */
        private void findQuotes() {
            int floor = 0;
            for (int a = 0; a < body.size(); a++) {
                if (update[a] || skip[a]) {
                    floor = update[a] ? a + 1 : floor;
                    continue;
                }
                if (CopyPatterns.attribution(text(a)).isEmpty() || a == floor) {
                    continue;
                }
                int start = -1;
                for (int b = a - 1; b >= Math.max(floor, a - MAX_QUOTE_PARAGRAPHS); b--) {
                    if (skip[b] || CopyPatterns.caption(text(b)).isPresent()) {
                        break;
                    }
                    if (text(b).endsWith(":")) {
                        start = b + 1;
                        break;
                    }
                }
                if (start < 0) {
                    if (!CopyPatterns.isQuotation(text(a - 1))) {
                        continue;
                    }
                    start = a - 1;
                    while (start - 1 >= floor && !skip[start - 1] && CopyPatterns.startsWithQuote(text(start))
                            && CopyPatterns.startsWithQuote(text(start - 1))) {
                        start--;
                    }
                }
                if (start < a && !skip[start] && CopyPatterns.caption(text(start)).isEmpty()) {
                    quoteEnd[start] = a;
                    floor = a + 1;
                }
            }
        }

        ImportedCopy result() {
            List<BodyBlock> blocks = new ArrayList<>();
            List<Integer> blockLines = new ArrayList<>(); // the line of the copy each block starts on
            List<String> updateHeadlines = new ArrayList<>();
            List<String> timesFound = new ArrayList<>();
            List<Integer> updateStarts = new ArrayList<>();   // where each update's blocks begin
            int captions = 0;
            int quotes = 0;
            for (int k = 0; k < body.size(); k++) {
                if (skip[k]) {
                    continue;
                }
                if (quoteEnd[k] >= 0) {
                    int end = quoteEnd[k];
                    List<String> quoted = new ArrayList<>();
                    for (int q = k; q < end; q++) {
                        quoted.add(text(q));
                    }
                    blocks.add(new BodyBlock.Quote(quoted, CopyPatterns.attribution(text(end)).orElseThrow()));
                    blockLines.add(body.get(k).line());
                    quotes++;
                    k = end;
                    continue;
                }
                if (update[k]) {
                    updateStarts.add(blocks.size());
                    Optional<String> time = Optional.ofNullable(times[k]).map(UpdateTime::value);
                    blocks.add(new BodyBlock.UpdateHeading(headlines[k], time));
                    blockLines.add(body.get(k).line());
                    updateHeadlines.add(headlines[k]);
                    time.ifPresent(timesFound::add);
                    continue;
                }
                Optional<CopyPatterns.Caption> caption = CopyPatterns.caption(text(k));
                if (caption.isPresent()) {
                    blocks.add(new BodyBlock.Caption(caption.get()));
                    captions++;
                } else {
                    blocks.add(new BodyBlock.Text(text(k)));
                }
                blockLines.add(body.get(k).line());
            }
            if (live && LiveBlogTimes.oldestFirst(updateTimes())) {
                // Gazette's live blogs run newest first: the build reads the bottom update as the oldest.
                notes.add("the updates ran oldest first (" + timesFound.get(0) + " to " + timesFound.get(timesFound.size() - 1)
                        + "): set newest first, as a live blog runs");
                blocks = newestFirst(blocks, updateStarts);
                blockLines = newestFirst(blockLines, updateStarts);
                Collections.reverse(updateHeadlines);
                Collections.reverse(timesFound);
            }
            StringBuilder markdown = new StringBuilder();
            List<Integer> sourceLines = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                String written = blocks.get(b).markdown() + "\n\n";
                markdown.append(written);
                // Every line a block writes, the blank one after it included, is at the line the block came from.
                for (int n = (int) written.chars().filter(c -> c == '\n').count(); n > 0; n--) {
                    sourceLines.add(blockLines.get(b));
                }
            }
            String bodyText = markdown.toString().strip();
            return new ImportedCopy(title, summary, dateline, author, live, bodyText.isEmpty() ? "" : bodyText + "\n",
                    new ImportReport(updateHeadlines, timesFound, captions, quotes, removed, notes, warnings), sourceLines);
        }

        /** The blocks before the first update as they are, then the updates, each with its blocks, last first. */
        private static <T> List<T> newestFirst(List<T> blocks, List<Integer> updateStarts) {
            List<T> reordered = new ArrayList<>(blocks.subList(0, updateStarts.get(0)));
            for (int u = updateStarts.size() - 1; u >= 0; u--) {
                int end = u + 1 < updateStarts.size() ? updateStarts.get(u + 1) : blocks.size();
                reordered.addAll(blocks.subList(updateStarts.get(u), end));
            }
            return reordered;
        }

        private String text(int k) {
            return body.get(k).text();
        }
    }
}
