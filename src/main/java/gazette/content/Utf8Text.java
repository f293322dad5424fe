package gazette.content;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Long text (an article's markup, its plain text) kept as UTF-8 bytes, and decoded each time it is
 * asked for as a string.
 *
 * <p>Why: news copy nearly always has a character beyond Latin-1 (a curly quote, a dash), and a Java
 * string holding one takes two bytes a character; as UTF-8 the same text takes a little over one. A
 * ten-thousand-article build holds every article's text from reading to the end, so that halves the
 * largest part of its memory, while each text is decoded only for the page, feed or search document
 * that prints it. An article read back from the build cache keeps its texts as a slice of the bytes
 * they were stored in, so one-line edits of a large site decode only the few dozen texts it needs.
 */
public final class Utf8Text {
    public static final Utf8Text EMPTY = of("");

    /** The text as given, when it was made from a string and not {@linkplain #compact() compacted}. */
    private final String value;
    private final byte[] bytes;
    private final int from;
    private final int length;

    private Utf8Text(String value, byte[] bytes, int from, int length) {
        this.value = value;
        this.bytes = bytes;
        this.from = from;
        this.length = length;
    }

    /** The text as a string, for text that is short-lived or read often. */
    public static Utf8Text of(String value) {
        return new Utf8Text(Objects.requireNonNull(value), null, 0, 0);
    }

    /** The text as UTF-8, for text held long and read seldom. */
    public static Utf8Text compact(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return new Utf8Text(null, utf8, 0, utf8.length);
    }

    /** The text that {@code length} bytes of {@code bytes} from {@code from} encode; the array must not change after. */
    public static Utf8Text ofUtf8(byte[] bytes, int from, int length) {
        Objects.checkFromIndexSize(from, length, bytes.length);
        return new Utf8Text(null, bytes, from, length);
    }

    /** This text as UTF-8 bytes: itself when it is so already. */
    public Utf8Text compact() {
        return value == null ? this : compact(value);
    }

    /** The text; decoded afresh each time when it is held as bytes, so that holding it stays cheap. */
    @Override
    public String toString() {
        return value != null ? value : new String(bytes, from, length, StandardCharsets.UTF_8);
    }

    public boolean isEmpty() {
        return value != null ? value.isEmpty() : length == 0;
    }

    /** Receives a text's UTF-8 bytes: {@code length} of them in {@code bytes} from {@code from}, not to be changed. */
    @FunctionalInterface
    public interface Utf8Sink {
        void accept(byte[] bytes, int from, int length);
    }

    /** Gives the text as UTF-8 to {@code sink}, without a copy when it is held so, for hashing or storing it. */
    public void writeTo(Utf8Sink sink) {
        if (value == null) {
            sink.accept(bytes, from, length);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            sink.accept(utf8, 0, utf8.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Utf8Text other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
