package gazette.render;

import gazette.source.Fingerprint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the built site: bytes made by the build, or a file published as it is (a picture in the
 * source folder, a file of the static folder), which is copied from where it lies when the site is
 * written rather than held: a video of hundreds of megabytes took that much heap twice over.
 *
 * @param path   relative to the output folder, forward slashes, never absolute, never with {@code ..}
 * @param bytes  the content; null for a copy
 * @param copyOf the file copied; null for made bytes
 */
public record OutputFile(String path, byte[] bytes, Copy copyOf) {

    /**
     * A file to copy as it is.
     *
     * @param source the file
     * @param size   its size when the build listed it
     * @param key    what changes whenever its content may have ({@code MediaFile.key}), which stands
     *               for the fingerprint of its bytes: reading a large file whole to hash it is what
     *               copying spares
     */
    public record Copy(Path source, long size, Fingerprint.Value key) {
        public Copy {
            Objects.requireNonNull(source);
            Objects.requireNonNull(key);
        }
    }

    public OutputFile {
        if ((bytes == null) == (copyOf == null)) {
            throw new IllegalArgumentException("an output file is made bytes or a copy: " + path);
        }
    }

    public OutputFile(String path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes), null);
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file at {@code source}, copied to {@code path} when the site is written. It is opened now, as
     * reading it whole used to: a file that can not be read fails the build while nothing has been
     * written, not half-way through publishing.
     */
    public static OutputFile copy(String path, Path source, Fingerprint.Value key) throws IOException {
        try (InputStream readable = Files.newInputStream(source)) {
            return new OutputFile(path, null, new Copy(source, Files.size(source), key));
        }
    }

    public boolean isCopy() {
        return copyOf != null;
    }

    /** Its length in bytes (a copy's as listed). */
    public long size() {
        return bytes != null ? bytes.length : copyOf.size();
    }

    /** Stands for its bytes, to tell whether the file changed: their fingerprint, or a copy's key. */
    public Fingerprint.Value content() {
        return bytes != null ? Fingerprint.of(bytes) : copyOf.key();
    }

    /**
     * Its content as a stream: the bytes, or the copied file as it is now (a link to a file, which
     * listing the folder allowed, is followed, as reading it whole did).
     */
    public InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(copyOf.source());
    }
}
