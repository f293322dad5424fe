package gazette.yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML node with its 1-based position in the file it came from. */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Mapping {

    int line();

    int column();

    /** What a user would call this kind of value, for error messages. */
    String kind();

    /**
     * A scalar, kept as written: Gazette decides itself what a date or a number is, so
     * {@code 2013-07-01} and {@code 1994-03} are both plain text here.
     */
    record Scalar(String value, boolean quoted, int line, int column) implements YNode {
        public boolean isNull() {
            return !quoted && (value.isEmpty() || value.equals("~") || value.equals("null"));
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    record Seq(List<YNode> items, int line, int column) implements YNode {
        public Seq {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /** One {@code key: value} pair, with the key's own position. */
    record Entry(String key, int keyLine, int keyColumn, YNode value) {
    }

    /** A mapping in file order. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public Optional<YNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }
}
