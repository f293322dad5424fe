package gazette.render;

import gazette.source.Fingerprint;

/**
 * A rendered file that the {@link EarlyOutput} took as soon as it was made: what a build needs to
 * know of it once its bytes have been let go.
 *
 * @param path    relative to the output folder, as {@link OutputFile#path()}
 * @param content the fingerprint of its bytes
 * @param size    its length in bytes
 */
public record TakenFile(String path, Fingerprint.Value content, long size) {
}
