package gazette.render;

import gazette.source.Fingerprint;

/**
 * A rendered file that the output folder already holds with the same bytes, as the render found:
 * what a build needs to know of it once its bytes have been let go.
 *
 * @param path    relative to the output folder, as {@link OutputFile#path()}
 * @param content the fingerprint of its bytes
 * @param size    its length in bytes
 */
public record FoundFile(String path, Fingerprint.Value content, int size) {
}
