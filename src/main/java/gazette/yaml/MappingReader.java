package gazette.yaml;

import gazette.diag.NearestName;
import gazette.diag.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to one YAML mapping. Each getter reports a wrong shape as a problem at the value's
 * own position and returns empty, so one pass over a file finds every mistake in it.
 */
public final class MappingReader {
    private final String file;
    private final YNode.Mapping mapping;
    private final Problems problems;

    public MappingReader(String file, YNode.Mapping mapping, Problems problems) {
        this.file = file;
        this.mapping = mapping;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    public YNode.Mapping mapping() {
        return mapping;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        return mapping.entries().containsKey(key) && !isNull(mapping.entries().get(key).value());
    }

    public Optional<YNode> node(String key) {
        return mapping.get(key).filter(v -> !isNull(v));
    }

    /**
     * Reports every key not in {@code allowed}, at the key, with the one it was likely meant to be
     * ({@code topic}: did you mean 'topics'?) and the keys that are allowed.
     */
    public void rejectUnknownKeys(Set<String> allowed) {
        for (YNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.error(file, entry.keyLine(), entry.keyColumn(), "unknown key '" + entry.key() + "'",
                        NearestName.hint(entry.key(), allowed) + "known keys: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A text value; lists and mappings are reported. */
    public Optional<String> string(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YNode.Scalar scalar) {
            return Optional.of(scalar.value());
        }
        error(node.get(), "'" + key + "' must be text, not a " + node.get().kind());
        return Optional.empty();
    }

    /**
     * Whether {@code text} shows nothing: spaces of any kind (a no-break space too), format characters
     * such as a zero-width space or a direction mark, and control characters only. A title of such
     * characters would make a page, a link and a feed entry that read as empty.
     */
    static boolean invisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
    }

    /** A required text value; a missing one, or one that shows nothing ({@link #invisible}), is reported. */
    public Optional<String> requiredString(String key) {
        if (!mapping.entries().containsKey(key)) {
            problems.error(file, mapping.line(), mapping.column(), "missing required key '" + key + "'");
            return Optional.empty();
        }
        Optional<String> value = string(key);
        if (value.isPresent() && invisible(value.get())) {
            // At the value, "" or a space, as other problems with a value are; a key with none is reported at the key below.
            YNode at = mapping.entries().get(key).value();
            problems.error(file, at.line(), at.column(), "'" + key + "' must not be empty");
            return Optional.empty();
        }
        if (value.isEmpty() && isNull(mapping.entries().get(key).value())) {
            YNode.Entry entry = mapping.entries().get(key);
            problems.error(file, entry.keyLine(), entry.keyColumn(), "'" + key + "' must not be empty");
        }
        return value;
    }

    /**
     * A text value that may be left out. One that shows nothing ({@link #invisible}), or a key with no
     * value, is taken as left out, with a warning at it: {@code gazette import} writes such keys
     * commented out ({@code # source: ""}), and one uncommented but not filled in would otherwise
     * print an empty byline or publication on the page and in the feeds.
     */
    public Optional<String> optionalText(String key) {
        if (mapping.entries().containsKey(key) && isNull(mapping.entries().get(key).value())) {
            warning(at(key), "'" + key + "' is empty and is ignored");
            return Optional.empty();
        }
        Optional<String> value = string(key);
        if (value.isPresent() && invisible(value.get())) {
            warning(at(key), "'" + key + "' is empty and is ignored");
            return Optional.empty();
        }
        return value;
    }

    public Optional<Boolean> bool(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YNode.Scalar scalar && !scalar.quoted()) {
            switch (scalar.value()) {
                case "true":
                    return Optional.of(true);
                case "false":
                    return Optional.of(false);
                default:
                    break;
            }
        }
        error(node.get(), "'" + key + "' must be true or false");
        return Optional.empty();
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YNode.Scalar scalar) {
            try {
                int value = Integer.parseInt(scalar.value());
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(node.get(), "'" + key + "' must be a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    /**
     * A list of scalars; a single scalar counts as a one-item list, as in Hugo and Jekyll.
     * Each item comes back with its position so callers can report a bad one exactly.
     */
    public List<YNode.Scalar> scalarList(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YNode.Scalar scalar) {
            return List.of(scalar);
        }
        if (!(node.get() instanceof YNode.Seq seq)) {
            error(node.get(), "'" + key + "' must be a list, not a " + node.get().kind());
            return List.of();
        }
        List<YNode.Scalar> items = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Scalar scalar && !scalar.isNull() && !scalar.value().isBlank()) {
                items.add(scalar);
            } else {
                error(item, "each item of '" + key + "' must be non-empty text, not "
                        + (item instanceof YNode.Scalar ? "an empty one" : "a " + item.kind()));
            }
        }
        return items;
    }

    /** A list of mappings, each wrapped in its own reader. */
    public List<MappingReader> mappingList(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YNode.Seq seq)) {
            error(node.get(), "'" + key + "' must be a list, not a " + node.get().kind());
            return List.of();
        }
        List<MappingReader> items = new ArrayList<>();
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Mapping m) {
                items.add(new MappingReader(file, m, problems));
            } else {
                error(item, "each item of '" + key + "' must be a mapping, not a " + item.kind());
            }
        }
        return items;
    }

    public Optional<MappingReader> mapping(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YNode.Mapping m) {
            return Optional.of(new MappingReader(file, m, problems));
        }
        error(node.get(), "'" + key + "' must be a mapping, not a " + node.get().kind());
        return Optional.empty();
    }

    /** Reports a problem at a value's position. */
    public void error(YNode at, String message) {
        problems.error(file, at.line(), at.column(), message);
    }

    public void error(YNode at, String message, String hint) {
        problems.error(file, at.line(), at.column(), message, hint);
    }

    /** Reports something that builds but is likely a mistake, at a value's position. */
    public void warning(YNode at, String message) {
        problems.warning(file, at.line(), at.column(), message);
    }

    /** The position of a key's value, or of the mapping when the key is absent. */
    public YNode at(String key) {
        return mapping.get(key).orElse(mapping);
    }

    private static boolean isNull(YNode node) {
        return node instanceof YNode.Scalar scalar && scalar.isNull();
    }
}
