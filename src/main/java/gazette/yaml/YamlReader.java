package gazette.yaml;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.text.ForbiddenCharacters;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one YAML document into {@link YNode}s. SnakeYAML counts lines and columns from 0 and
 * from the start of the text it was given; front matter starts on the file's second line, so the
 * caller passes the line the text starts on and every position is shifted to count from the
 * top of the file.
 */
public final class YamlReader {
    /**
     * SnakeYAML Engine reads its text in windows of this many characters, and (2.9 and 2.10 alike)
     * fails with an IndexOutOfBoundsException when a window ends on the first half of a character
     * outside the Basic Multilingual Plane, such as an emoji: a title of a thousand emoji stopped the
     * build with an internal error. A longer text is read with a window larger than itself
     * ({@link #settingsFor}), which no character can straddle.
     */
    private static final int DEFAULT_BUFFER = 1024;
    private static final LoadSettings SETTINGS = settings(DEFAULT_BUFFER);

    /** How many aliases of lists and mappings a document may use: each copies its anchor's contents (the "billion laughs"). */
    static final int MAX_COLLECTION_ALIASES = 20;

    /*
     * The failsafe schema: every scalar is taken as a string, never matched against the JSON schema's patterns
     * for numbers, booleans and nulls. Gazette reads each value's text and style itself (MappingReader
     * decides what a date or a boolean is), so the tags those patterns chose were never used, and the
     * matching was a tenth of the time spent in YAML.
     */
    private static LoadSettings settings(int bufferSize) {
        return LoadSettings.builder()
                .setSchema(new FailsafeSchema())
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(8 * 1024 * 1024)
                .setBufferSize(bufferSize)
                .build();
    }

    private static LoadSettings settingsFor(String text) {
        return text.length() + 2 <= DEFAULT_BUFFER ? SETTINGS : settings(text.length() + 2);
    }

    private YamlReader() {
    }

    /**
     * @param file      path relative to the site folder, for problems
     * @param text      the YAML text
     * @param firstLine the 1-based line of the file on which {@code text} starts
     * @return the root node, or empty for an empty document
     * @throws BuildFailure for YAML syntax errors, duplicate keys and nesting too deep to follow
     */
    public static Optional<YNode> read(String file, String text, int firstLine) {
        try {
            LoadSettings settings = settingsFor(text);
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = composer.getSingleNode();
            return root.map(node -> convert(file, node, firstLine - 1));
        } catch (MarkedYamlEngineException e) {
            Optional<String> unclosed = unclosed(e);
            Mark mark = (unclosed.isPresent() ? e.getContextMark() : e.getProblemMark().or(e::getContextMark)).orElse(null);
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            boolean tab = String.valueOf(e.getProblem()).contains("(TAB)");
            throw new BuildFailure(Problem.error(file, line, column,
                    "malformed YAML: " + unclosed.orElseGet(() -> tab ? "a tab where YAML wants spaces"
                            : String.valueOf(e.getProblem()).contains("another document") ? "a second document begins here"
                            : firstSentence(e.getProblem())),
                    hintFor(e.getProblem())));
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).startsWith("Number of aliases for non-scalar nodes exceeds")) {
                // The engine's words, with no place: say what the limit is for and how to get past it.
                throw new BuildFailure(Problem.error(file, firstLine, 1, "YAML uses aliases (*name) of lists or mappings more than "
                        + MAX_COLLECTION_ALIASES + " times, the most Gazette follows: each copies what its anchor (&name) holds,"
                        + " so a few lines can stand for millions of values", "write the values out instead of aliasing them"));
            }
            throw new BuildFailure(Problem.error(file, firstLine, 1, "malformed YAML: " + firstSentence(e.getMessage())));
        } catch (StackOverflowError e) {
            // The composer (and convert below) follow nested lists and mappings by recursion, with no
            // limit of their own: thousands of '[' ran the thread out of stack. Caught here, the stack is
            // whole again, and the file gets a report instead of crashing the build.
            throw new BuildFailure(Problem.error(file, firstLine, 1, "YAML nested too deeply to read",
                    "lists and mappings inside each other thousands of levels deep; flatten them"));
        }
    }

    /**
     * What was left open, when the parser ran out of text inside a quoted value or a bracketed list or
     * mapping: the problem is then at the end of the front matter (its closing {@code ---} line), far
     * from the quote or bracket that was never closed, which is where the report points instead.
     */
    private static Optional<String> unclosed(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        // A [ left open with more keys below reads them into the list until a ':' ("expected ',' or ']'").
        boolean runOn = problem.startsWith("expected ',' or ']'") && context.contains("flow sequence")
                || problem.startsWith("expected ',' or '}'") && context.contains("flow mapping");
        if (e.getContextMark().isEmpty() || !(runOn || problem.contains("end of stream") || problem.contains("<stream end>"))) {
            return Optional.empty();
        }
        if (context.contains("quoted scalar")) {
            return Optional.of("quoted value never closed: its closing quote is missing");
        }
        if (context.contains("flow sequence")) {
            return Optional.of("list in [ ] never closed: its ] is missing");
        }
        if (context.contains("flow mapping")) {
            return Optional.of("mapping in { } never closed: its } is missing");
        }
        return Optional.empty();
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static String hintFor(String problem) {
        if (problem != null && problem.startsWith("expected <block end>, but found ']'")) {
            return "a ] that closes no [: remove it";
        }
        if (problem != null && problem.startsWith("expected <block end>, but found '}'")) {
            return "a } that closes no {: remove it";
        }
        if (problem != null && problem.contains("mapping values are not allowed")) {
            return "a value containing ': ' must be quoted";
        }
        if (problem != null && (problem.contains("TAB") || problem.contains("'\\t'"))) {
            return "indent YAML with spaces, not tabs";
        }
        if (problem != null && problem.contains("another document")) {
            // Mostly a raw copy's NAME.yml written like an article's front matter, between --- lines.
            return "a --- line starts another YAML document here; a NAME.yml beside raw copy holds its keys alone, with no --- lines";
        }
        return null;
    }

    private static YNode convert(String file, Node node, int lineShift) {
        int line = node.getStartMark().map(m -> m.getLine() + 1 + lineShift).orElse(lineShift + 1);
        int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
        if (node instanceof ScalarNode scalar) {
            // A quoted value's escapes can stand for characters no page may hold ("\x07", "\uFFFE").
            String value = ForbiddenCharacters.replaced(scalar.getValue());
            return new YNode.Scalar(value, scalar.getScalarStyle() != ScalarStyle.PLAIN, line, column);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>(seq.getValue().size());
            for (Node item : seq.getValue()) {
                items.add(convert(file, item, lineShift));
            }
            return new YNode.Seq(items, line, column);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YNode key = convert(file, tuple.getKeyNode(), lineShift);
            if (!(key instanceof YNode.Scalar keyScalar)) {
                throw new BuildFailure(Problem.error(file, key.line(), key.column(), "a key must be plain text, not a " + key.kind()));
            }
            if (entries.containsKey(keyScalar.value())) {
                YNode.Entry first = entries.get(keyScalar.value());
                throw new BuildFailure(Problem.error(file, key.line(), key.column(),
                        "duplicate key '" + keyScalar.value() + "'", "first given on line " + first.keyLine()));
            }
            entries.put(keyScalar.value(), new YNode.Entry(keyScalar.value(), key.line(), key.column(),
                    convert(file, tuple.getValueNode(), lineShift)));
        }
        return new YNode.Mapping(entries, line, column);
    }
}
