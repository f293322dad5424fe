package gazette.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system tells about a file without reading it: its size, the times its content and
 * its status last changed, and its inode. A file with the stamp it had when a build read it still
 * has the bytes that build read: any write moves the status-change time, which, unlike the
 * modification time, no tool can set back. So the next build need not read it, as git trusts its
 * index. A stamp taken within a second of the file's last change is not trusted: file times tick
 * more coarsely than an editor writes, and a second save in the same tick would leave the same stamp.
 *
 * @param size     length in bytes; -1 for a file that does not exist
 * @param modified modification time, in nanoseconds since the epoch
 * @param changed  status-change time, in nanoseconds since the epoch
 * @param inode    the file's number on its file system
 */
public record FileStamp(long size, long modified, long changed, long inode) {
    /** The stamp of a file that is not there (a raw-copy file without a sidecar). */
    public static final FileStamp ABSENT = new FileStamp(-1, 0, 0, 0);
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The attributes of the {@code unix} view a stamp is made of, for {@link #settled}. */
    static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino";

    /**
     * The file's stamp now; {@link #ABSENT} when there is no such file; empty when the file system
     * does not tell (not a Unix one), or the file changed less than a second ago.
     */
    public static Optional<FileStamp> of(Path file) {
        try {
            return settled(Files.readAttributes(file, ATTRIBUTES));
        } catch (NoSuchFileException e) {
            return Optional.of(ABSENT);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The stamp in attributes read with {@link #ATTRIBUTES} (more may be there); empty when they
     * are not all there, or the file changed less than a second ago.
     */
    static Optional<FileStamp> settled(Map<String, Object> a) {
        try {
            FileStamp stamp = new FileStamp((Long) a.get("size"), nanos(a.get("lastModifiedTime")),
                    nanos(a.get("ctime")), ((Number) a.get("ino")).longValue());
            long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
            return Math.max(stamp.modified, stamp.changed) < now - SETTLE_NANOS ? Optional.of(stamp) : Optional.empty();
        } catch (ClassCastException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
