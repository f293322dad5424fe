package gazette.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The guard between a request and the file system: turns the raw (percent-encoded) request path
 * below the base path into a relative path that can only name something inside the output folder.
 * Decodes once and then refuses, rather than repairs, anything suspicious: {@code ..} or {@code .}
 * segments, empty segments, a leading slash, backslashes, colons (drive letters), NUL and other
 * control characters, and malformed escapes. The server also checks the real path of what this
 * names, so symbolic links can not lead out either.
 */
final class RequestPath {
    private RequestPath() {
    }

    /**
     * @param raw the request path after the base path, still percent-encoded, e.g. {@code articles/x/}
     * @return the decoded relative path ({@code ""} for the site root), or empty when it is refused
     */
    static Optional<String> relative(String raw) {
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        if (path.startsWith("/")) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                return Optional.empty();
            }
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equals("..") || (s.isEmpty() && !last)) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** Percent-decoding exactly once, strictly: a bad escape or bytes that are not UTF-8 give nothing. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    return Optional.empty();
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
