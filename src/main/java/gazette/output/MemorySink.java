package gazette.output;

import gazette.render.OutputFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the last published site in memory, by path. */
public final class MemorySink implements OutputSink {
    private static final byte[] NOT_HELD = new byte[0];
    private final boolean holdCopies;
    private volatile Map<String, byte[]> files = Map.of();

    /** A sink that holds every file's bytes, the copied files' (media, static) read in. */
    public MemorySink() {
        this(true);
    }

    private MemorySink(boolean holdCopies) {
        this.holdCopies = holdCopies;
    }

    /**
     * A sink that holds the copied files (media, static) by name alone, with no bytes: {@code check}
     * reads what the build made, never what it copies, and a large video would take its size in memory.
     */
    public static MemorySink withoutCopiedBytes() {
        return new MemorySink(false);
    }

    @Override
    public int publish(List<OutputFile> published) {
        Map<String, byte[]> map = new TreeMap<>();
        for (OutputFile f : published) {
            map.put(SafePath.check(f.path()), !f.isCopy() ? f.bytes() : holdCopies ? read(f) : NOT_HELD);
        }
        files = Collections.unmodifiableMap(map);
        return published.size();
    }

    private static byte[] read(OutputFile copy) {
        try (InputStream in = copy.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, byte[]> files() {
        return files;
    }
}
