package gazette.content;

import java.nio.charset.StandardCharsets;

/**
 * Text that may still be the UTF-8 bytes it was stored as. An article read back from the build
 * cache keeps its long texts (its body's markup, its plain text) as a slice of the bytes it was
 * stored in until a page, feed or search document asks for them. After a one-line edit of a
 * ten-thousand-article site a few dozen are asked for; decoding and holding all the others as Java
 * strings was most of the time and memory it took to read the cache.
 */
public final class Utf8Text {
    public static final Utf8Text EMPTY = of("");

    private final byte[] bytes;
    private final int from;
    private final int length;
    /** Decoded on first use. Racing threads decode equal strings, and a String is safe to publish so. */
    private String value;

    private Utf8Text(String value, byte[] bytes, int from, int length) {
        this.value = value;
        this.bytes = bytes;
        this.from = from;
        this.length = length;
    }

    public static Utf8Text of(String value) {
        return new Utf8Text(java.util.Objects.requireNonNull(value), null, 0, 0);
    }

    /** The text that {@code length} bytes of {@code bytes} from {@code from} encode; the array must not change after. */
    public static Utf8Text ofUtf8(byte[] bytes, int from, int length) {
        java.util.Objects.checkFromIndexSize(from, length, bytes.length);
        return new Utf8Text(null, bytes, from, length);
    }

    @Override
    public String toString() {
        String v = value;
        if (v == null) {
            v = new String(bytes, from, length, StandardCharsets.UTF_8);
            value = v;
        }
        return v;
    }

    public boolean isEmpty() {
        return value != null ? value.isEmpty() : length == 0;
    }

    /** The text as UTF-8: a copy of the stored bytes when it was never decoded, so storing it again costs no encoding. */
    public byte[] utf8() {
        return bytes != null ? java.util.Arrays.copyOfRange(bytes, from, from + length) : value.getBytes(StandardCharsets.UTF_8);
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
