package gazette.render;

import java.nio.charset.StandardCharsets;

/**
 * One file of the built site.
 *
 * @param path  relative to the output folder, forward slashes, never absolute, never with {@code ..}
 * @param bytes the content
 */
public record OutputFile(String path, byte[] bytes) {

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
