package gazette.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The key of a file published as it is (a media file, a static file): it changes whenever the
 * file's content may have. Its stamp when the file system gives a settled one ({@link FileStamp}),
 * so an unchanged file is not read at all; else the fingerprint of its bytes, read in slices, so a
 * large download is never held whole for it.
 */
final class ContentKey {
    /** How much of a file is read at a time when its bytes make the key. */
    private static final int SLICE = 64 * 1024;

    private ContentKey() {
    }

    /**
     * @param name  the file's published name, part of the key
     * @param stamp the file's stamp as listed; empty when the file system gave none worth trusting
     * @throws IOException when its bytes must be read and can not be
     */
    static Fingerprint.Value of(String name, Path file, Optional<FileStamp> stamp) throws IOException {
        Fingerprint key = new Fingerprint().add(name);
        if (stamp.isPresent() && !stamp.get().equals(FileStamp.ABSENT)) {
            FileStamp s = stamp.get();
            return key.tag(1).add(s.size()).add(s.modified()).add(s.changed()).add(s.inode()).value();
        }
        key.tag(2);
        byte[] slice = new byte[SLICE];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.readNBytes(slice, 0, SLICE); n > 0; n = in.readNBytes(slice, 0, SLICE)) {
                key.add(slice, 0, n); // full slices but the last, so the same bytes give the same key
            }
        }
        return key.value();
    }
}
