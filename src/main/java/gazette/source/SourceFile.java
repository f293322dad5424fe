package gazette.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A source file's bytes as read from disk, before decoding: what a build compares with the last
 * build's to tell whether the file changed.
 *
 * @param path    the file
 * @param relPath the same relative to the site folder
 * @param bytes   its content
 * @param sidecar for raw copy ({@code .txt}), the {@code NAME.yml} beside it, when there is one
 */
public record SourceFile(Path path, String relPath, byte[] bytes, Optional<Sidecar> sidecar) {

    /** A raw-copy file's front matter, kept in a file of its own. */
    public record Sidecar(Path path, String relPath, byte[] bytes) {
    }

    /** Changes whenever the file's or its sidecar's content does, or the sidecar appears or goes. */
    public Fingerprint.Value fingerprint() {
        Fingerprint f = new Fingerprint().add(relPath).add(bytes);
        sidecar.ifPresentOrElse(s -> f.add(s.relPath()).add(s.bytes()), () -> f.tag(0));
        return f.value();
    }
}
