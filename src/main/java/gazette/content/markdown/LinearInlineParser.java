package gazette.content.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's own inline parser, with its two pattern matchers taking the match's bounds from the
 * {@link Matcher} itself. Why: flexmark's take them from {@link Matcher#toMatchResult()}, which on Java
 * 17 copies the whole text being matched, here the rest of the paragraph, at every match. Each
 * reference definition, inline HTML tag, autolink and entity is such a match, so a paragraph of many
 * of them took time growing with the square of its length: 2,000 reference definitions read in 3.3 s,
 * 4,000 in 8.7 s, 8,000 in 33 s; 10,000 inline tags in 3.7 s. Same matches, same nodes, same HTML.
 *
 * <p>Other work that grew with the square of a line's length is bounded too: code spans
 * ({@link #parseBackticks}) and emphasis around links ({@link #processDelimiters}) with the same
 * result; link destinations whose parentheses nest more than 32 deep ({@link BoundedLinkDestinations})
 * and titles in parentheses that hold an unescaped {@code (} ({@link #parseLinkTitle}) are refused, as
 * CommonMark's reference parser refuses them, where flexmark took them. Destinations in pointy
 * brackets may hold spaces when asked ({@link #parseLinkDestination}), as CommonMark's spec lets them.
 *
 * <p>Flexmark adds its reference-definition pre-processor only for its own inline parser, so
 * {@link #install} adds it back when the options keep it on, after the extensions' ones, where
 * flexmark puts it.
 */
final class LinearInlineParser extends CommonmarkInlineParser {

    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        linkDestinationParser = BoundedLinkDestinations.around(linkDestinationParser);
        spacesInPointyDestinations = SPACES_IN_POINTY_DESTINATIONS.get(options);
    }

    /** Whether a destination in pointy brackets may hold spaces ({@link #parseLinkDestination}); off, as in flexmark. */
    static final DataKey<Boolean> SPACES_IN_POINTY_DESTINATIONS = new DataKey<>("GAZETTE_SPACES_IN_POINTY_DESTINATIONS", false);
    private final boolean spacesInPointyDestinations;

    /**
     * Matches emphasis delimiters above {@code stackBottom} with their openers, as flexmark does (the
     * CommonMark spec's "process emphasis"), with two differences that change no result:
     * <ul>
     * <li>It returns at once when no delimiter is above the bottom. Flexmark calls this as each link
     * closes, with the delimiter before the link as the bottom, and first walked down from the top of
     * the stack to the delimiter just above the bottom; with none above it, the walk went past the
     * bottom to the first of the paragraph's delimiters still open. A paragraph of emphasized links
     * ({@code *[a](/u)* *[b](/v)* ...}), whose emphasis is matched only at the paragraph's end, walked all
     * the ones before at each link: 10,000 of them took 2 s, 30,000 took 15 s.</li>
     * <li>A closer that found no opener and can not open is taken off the stack whatever it found on
     * the way, as the spec says; flexmark left it there when the way held an opener of its kind that the
     * "multiple of 3" rule refused, and every later closer walked past it. In {@code a**b c* c* c* ...}
     * each {@code *} walked past all the ones before: 30,000 took 4.2 s, 60,000 took 15 s. Such a
     * delimiter can never open, and a later match takes it off the stack all the same.</li>
     * </ul>
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && lastDelimiter == stackBottom) {
            return; // no delimiter above the bottom: flexmark's walk would find nothing to do
        }
        Delimiter closer = lastDelimiter;
        while (closer != null && closer.getPrevious() != stackBottom) {
            closer = closer.getPrevious();
        }
        // For each delimiter character, a delimiter at or below which no opener of it was found.
        Map<Character, Delimiter> openersBottom = new HashMap<>();
        while (closer != null) {
            DelimiterProcessor processor = delimiterProcessors.get(closer.getDelimiterChar());
            if (!closer.canClose() || processor == null) {
                closer = closer.getNext();
                continue;
            }
            Delimiter opener = closer.getPrevious();
            Delimiter lowest = openersBottom.get(closer.getDelimiterChar());
            boolean refused = false;
            int used = 0;
            for (; opener != null && opener != stackBottom && opener != lowest; opener = opener.getPrevious()) {
                if (opener.canOpen() && opener.getDelimiterChar() == processor.getOpeningCharacter()) {
                    used = processor.getDelimiterUse(opener, closer);
                    if (used > 0) {
                        break;
                    }
                    refused = true; // by the "multiple of 3" rule, which a later closer may pass
                }
            }
            if (used == 0) {
                if (!refused) {
                    openersBottom.put(closer.getDelimiterChar(), closer.getPrevious());
                }
                Delimiter next = closer.getNext();
                if (!closer.canOpen()) {
                    removeDelimiterKeepNode(closer);
                }
                closer = next;
                continue;
            }
            closer = match(processor, opener, closer, used);
        }
        while (lastDelimiter != null && lastDelimiter != stackBottom) {
            removeDelimiterKeepNode(lastDelimiter);
        }
    }

    /**
     * Makes emphasis of {@code used} delimiters of {@code opener} and {@code closer}, as flexmark does:
     * the delimiters between them leave the stack, and either that is used up leaves the stack and the
     * text. Returns the closer to go on with: the same one while it has delimiters left, else the next.
     */
    private Delimiter match(DelimiterProcessor processor, Delimiter opener, Delimiter closer, int used) {
        opener.setNumDelims(opener.getNumDelims() - used);
        closer.setNumDelims(closer.getNumDelims() - used);
        removeDelimitersBetween(opener, closer);
        // The processor sees the delimiters' counts from before the match.
        opener.setNumDelims(opener.getNumDelims() + used);
        closer.setNumDelims(closer.getNumDelims() + used);
        processor.process(opener, closer, used);
        opener.setNumDelims(opener.getNumDelims() - used);
        closer.setNumDelims(closer.getNumDelims() - used);
        if (opener.getNumDelims() == 0) {
            removeDelimiterAndNode(opener);
        } else {
            opener.getNode().setChars(opener.getNode().getChars().subSequence(0, opener.getNumDelims()));
        }
        if (closer.getNumDelims() == 0) {
            Delimiter next = closer.getNext();
            removeDelimiterAndNode(closer);
            return next;
        }
        BasedSequence chars = closer.getNode().getChars();
        closer.getNode().setChars(chars.subSequence(chars.length() - closer.getNumDelims(), chars.length()));
        closer.setIndex(closer.getIndex() + used);
        return closer;
    }

    /**
     * A link's title; one in parentheses is read as CommonMark defines it, ending at the first
     * {@code )} not escaped and refused at an {@code (} not escaped, where flexmark's pattern lets it
     * hold any {@code (} and looks for its {@code )} to the end of the paragraph. Why: in a paragraph of
     * {@code [ (](} repeated, each {@code ](} looked to the end of the paragraph (4,000 of them took
     * 2.4 s, 30,000 more than a minute), and its pattern recursed once per character, so it ran out of
     * stack on a few thousand. Titles in quotes are flexmark's.
     */
    @Override
    public BasedSequence parseLinkTitle() {
        if (peek() != '(') {
            return super.parseLinkTitle();
        }
        for (int i = index + 1, end = input.length(); i < end; i++) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < end && Escaping.ESCAPABLE_CHARS.indexOf(input.charAt(i + 1)) >= 0) {
                i++;
            } else if (c == ')') {
                BasedSequence title = input.subSequence(index, i + 1);
                index = i + 1;
                return title;
            } else if (c == '(' || c == '\0') {
                return null;
            }
        }
        return null;
    }

    /**
     * A destination in pointy brackets may hold spaces, as CommonMark says since its 0.29 spec
     * ({@code ![Cameron](<my photo.jpg>)}, the way to name a file with spaces in it): everything from
     * {@code <} to the first unescaped {@code >}, with no line end or unescaped {@code <} between.
     * Flexmark's pattern stopped at a space, leaving such an image as text. Scanned by hand, not by a
     * pattern: Java's patterns recurse once per character repeated. Other destinations are flexmark's.
     * On with {@link #SPACES_IN_POINTY_DESTINATIONS}.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        if (spacesInPointyDestinations && peek() == '<') {
            for (int i = index + 1, end = input.length(); i < end; i++) {
                char c = input.charAt(i);
                if (c == '\\' && i + 1 < end && Escaping.ESCAPABLE_CHARS.indexOf(input.charAt(i + 1)) >= 0) {
                    i++;
                } else if (c == '>') {
                    BasedSequence destination = input.subSequence(index, i + 1);
                    index = i + 1;
                    return destination;
                } else if (c == '<' || c == '\n' || c == '\r' || c == '\0') {
                    break;
                }
            }
        }
        return super.parseLinkDestination();
    }

    /** The paragraph {@link #lastRunOfLength} was taken from. */
    private BasedSequence runsOf;
    /** For each length of a run of backticks in {@link #runsOf}, where the last such run starts. */
    private Map<Integer, Integer> lastRunOfLength;

    /**
     * As flexmark's, but the node's plain text is the character it stands for ({@link CharacterReferences},
     * which the renderer needs among its extensions to render the node).
     */
    @Override
    public boolean parseEntity() {
        BasedSequence reference = match(myParsing.ENTITY_HERE);
        if (reference == null) {
            return false;
        }
        appendNode(new CharacterReferences.CharacterReference(reference));
        return true;
    }

    /**
     * A code span, or its opening backticks as text when no run of as many backticks follows them.
     * Why: flexmark looks for the closing run by scanning the rest of the paragraph, so a paragraph of
     * runs of one, two, three... backticks, none closed, was scanned once per run: 1,000 runs (500 KB)
     * took 5 s to build and 2,000 took 26 s. As CommonMark's reference parser does, the runs of the
     * paragraph are listed once, and a run with none of its length after it is text at once; any other
     * goes to flexmark, whose scan then ends at the closing run it finds.
     */
    @Override
    protected boolean parseBackticks() {
        int length = 0;
        while (index + length < input.length() && input.charAt(index + length) == '`') {
            length++;
        }
        if (length > 0 && lastRunStart(length) <= index) {
            BasedSequence ticks = input.subSequence(index, index + length);
            index += length;
            appendText(ticks);
            return true;
        }
        return super.parseBackticks();
    }

    /** Where the last run of exactly {@code length} backticks in the paragraph starts, -1 if none. */
    private int lastRunStart(int length) {
        if (runsOf != input) {
            lastRunOfLength = new HashMap<>();
            for (int i = 0, end = input.length(); i < end; i++) {
                if (input.charAt(i) == '`') {
                    int start = i;
                    while (i + 1 < end && input.charAt(i + 1) == '`') {
                        i++;
                    }
                    lastRunOfLength.put(i + 1 - start, start);
                }
            }
            runsOf = input;
        }
        return lastRunOfLength.getOrDefault(length, -1);
    }

    /** Makes {@code builder} parse inlines with this parser, reference definitions included. */
    static Parser.Builder install(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            int start = matcher.start(i);
            groups[i] = start < 0 ? null : input.subSequence(start, matcher.end(i));
        }
        return groups;
    }
}
