package gazette.cache;

import gazette.render.SearchDocs;
import gazette.source.Fingerprint;
import gazette.source.HalfWrittenFile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Keeps a {@link BuildState} in one file beside the output folder ({@code .site-output.gazette-cache}
 * for {@code site-output/}): outside the published site, and named so one {@code .gitignore} line
 * covers it. A missing, damaged or foreign file, or one from another build of Gazette, reads as no
 * cache, and the build is a clean one.
 */
public final class StateStore {
    /** The most bytes a length takes in the file (a variable-length long). */
    private static final int LENGTH_BYTES = 10;
    /** How many source entries {@link #save} encodes before it writes them. */
    private static final int SAVE_BATCH = 256;
    /** How much of the file one read takes when the whole file is read. */
    private static final int READ_CHUNK = 1 << 20;
    private static final byte[] HEADER = CacheFile.header();

    /** The type of {@link BuildState#outputs()}, for the codec. */
    private static final Type OUTPUTS = outputsType();

    private final Path file;
    /**
     * Each source entry read or written, with its encoded bytes: saving it again copies them. An
     * entry read keeps its bytes where the file was read into, as its texts do, so loading copies
     * nothing; the file's array lives as long as any entry read from it (in {@code serve}, until
     * every article has been edited).
     */
    private final Map<BuildState.SourceEntry, RecordCodec.Slice> encoded = Collections.synchronizedMap(new IdentityHashMap<>());

    public StateStore(Path outputDir) {
        this.file = CacheFile.beside(outputDir);
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the summary only, which comes first in the file with its length: a build that finds
     * nothing changed needs no more, and reads neither the rest of the file nor any article.
     */
    public Optional<BuildState.Summary> loadSummary() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (!ours(channel)) {
                return Optional.empty();
            }
            RecordCodec.In head = new RecordCodec.In(readAt(channel, HEADER.length, LENGTH_BYTES, false));
            int length = Math.toIntExact(head.readLong());
            return Optional.ofNullable(decodeSummary(readAt(channel, HEADER.length + head.position(), length, true)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // as read() does: a cache is only ever a shortcut
        }
    }

    /** Up to {@code length} bytes of the file from {@code at}; exactly that many when {@code exact}. */
    private static byte[] readAt(FileChannel channel, long at, int length, boolean exact) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                if (exact) {
                    throw new RecordCodec.CorruptCache("the cache file ends early", null);
                }
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static BuildState.Summary decodeSummary(byte[] blob) {
        RecordCodec.In in = new RecordCodec.In(blob);
        BuildState.Summary summary = (BuildState.Summary) RecordCodec.read(in, BuildState.Summary.class);
        if (!in.atEnd()) {
            throw new RecordCodec.CorruptCache("the summary does not decode whole", null);
        }
        return summary;
    }

    /**
     * Reads the whole state. Each source entry is stored as a blob of its own, so the entries are
     * decoded on all cores, and an entry saved again unchanged is copied, not encoded again.
     */
    public Optional<BuildState> load() {
        return read(in -> {
            BuildState.Summary summary = decodeSummary(in.readBytes());
            Fingerprint.Value settings = (Fingerprint.Value) RecordCodec.read(in, Fingerprint.Value.class);
            Fingerprint.Value templates = (Fingerprint.Value) RecordCodec.read(in, Fingerprint.Value.class);
            Fingerprint.Value media = (Fingerprint.Value) RecordCodec.read(in, Fingerprint.Value.class);
            @SuppressWarnings("unchecked")
            Map<String, BuildState.OutputEntry> outputs = (Map<String, BuildState.OutputEntry>) RecordCodec.read(in, OUTPUTS);
            int n = Math.toIntExact(in.readLong());
            List<String> paths = new ArrayList<>(n);
            List<RecordCodec.Slice> blobs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                paths.add(in.readString());
                blobs.add(in.readSlice());
            }
            SearchDocs searchDocs = readSearchDocs(in);
            if (!in.atEnd()) {
                return null;
            }
            List<BuildState.SourceEntry> entries = blobs.parallelStream().map(StateStore::decodeEntry).toList();
            Map<String, BuildState.SourceEntry> sources = new HashMap<>();
            for (int i = 0; i < n; i++) {
                sources.put(paths.get(i), entries.get(i));
                encoded.put(entries.get(i), blobs.get(i));
            }
            return new BuildState(summary, settings, templates, media, sources, outputs, searchDocs);
        });
    }

    /** The search documents: their limit and count, then each article key with its document's bytes, as they are. */
    private static SearchDocs readSearchDocs(RecordCodec.In in) {
        int limit = Math.toIntExact(in.readLong());
        int n = Math.toIntExact(in.readLong());
        Map<Fingerprint.Value, byte[]> docs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            docs.put(new Fingerprint.Value(in.readLong(), in.readLong()), in.readBytes());
        }
        return new SearchDocs(limit, docs);
    }

    private static void writeSearchDocs(OutputStream stream, SearchDocs docs) throws IOException {
        RecordCodec.Out out = new RecordCodec.Out(256);
        out.writeLong(docs.limit());
        out.writeLong(docs.byArticle().size());
        stream.write(out.toByteArray());
        // In key order, so the same state makes the same file.
        List<Fingerprint.Value> keys = new ArrayList<>(docs.byArticle().keySet());
        keys.sort(java.util.Comparator.comparingLong(Fingerprint.Value::high).thenComparingLong(Fingerprint.Value::low));
        for (Fingerprint.Value key : keys) {
            byte[] doc = docs.byArticle().get(key);
            RecordCodec.Out prefix = new RecordCodec.Out(32);
            prefix.writeLong(key.high());
            prefix.writeLong(key.low());
            prefix.writeLong(doc.length);
            stream.write(prefix.toByteArray());
            stream.write(doc);
        }
    }

    private static BuildState.SourceEntry decodeEntry(RecordCodec.Slice blob) {
        RecordCodec.In in = new RecordCodec.In(blob);
        BuildState.SourceEntry entry = (BuildState.SourceEntry) RecordCodec.read(in, BuildState.SourceEntry.class);
        if (entry == null || !in.atEnd()) {
            throw new RecordCodec.CorruptCache("a source entry does not decode whole", null);
        }
        return entry;
    }

    private static RecordCodec.Slice encodeEntry(BuildState.SourceEntry entry) {
        RecordCodec.Out out = new RecordCodec.Out();
        RecordCodec.write(out, entry, BuildState.SourceEntry.class);
        return RecordCodec.Slice.of(out.toByteArray());
    }

    /** Decodes the file past its header, when it is a cache this Gazette wrote and it is whole. */
    private <T> Optional<T> read(Function<RecordCodec.In, T> decode) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (!ours(channel)) {
                return Optional.empty(); // without reading a large file only to find it is not ours
            }
            byte[] bytes = readWhole(channel);
            return Optional.ofNullable(decode.apply(new RecordCodec.In(new RecordCodec.Slice(bytes, HEADER.length, bytes.length - HEADER.length))));
        } catch (IOException | RuntimeException e) {
            // A cache is only ever a shortcut: whatever is wrong with it, build without it.
            return Optional.empty();
        }
    }

    /** Whether the file starts with the header of this Gazette's caches ({@link CacheFile#header}). */
    private static boolean ours(FileChannel channel) throws IOException {
        return Arrays.equals(readAt(channel, 0, HEADER.length, false), HEADER);
    }

    /**
     * The file's bytes, read a megabyte at a time straight into one array of its size.
     * {@link Files#readAllBytes} would pass the whole file through a temporary native buffer of
     * the same size, which for a 10,000-article cache costs more than the reading itself.
     */
    private static byte[] readWhole(FileChannel channel) throws IOException {
        byte[] bytes = new byte[Math.toIntExact(channel.size())];
        int at = 0;
        while (at < bytes.length) {
            int read = channel.read(ByteBuffer.wrap(bytes, at, Math.min(READ_CHUNK, bytes.length - at)), at);
            if (read < 0) {
                throw new RecordCodec.CorruptCache("the cache file ends early", null);
            }
            at += read;
        }
        return bytes;
    }

    /** Writes the state whole, by a rename, so a reader never sees half of it. */
    public void save(BuildState state) throws IOException {
        RecordCodec.Out out = new RecordCodec.Out();
        out.writeRaw(HEADER);
        RecordCodec.Out summary = new RecordCodec.Out();
        RecordCodec.write(summary, state.summary(), BuildState.Summary.class);
        out.writeBytes(summary.toByteArray());
        RecordCodec.write(out, state.settings(), Fingerprint.Value.class);
        RecordCodec.write(out, state.templates(), Fingerprint.Value.class);
        RecordCodec.write(out, state.media(), Fingerprint.Value.class);
        RecordCodec.write(out, state.outputs(), OUTPUTS);
        List<String> paths = new ArrayList<>(new TreeSet<>(state.sources().keySet()));
        out.writeLong(paths.size());
        Map<BuildState.SourceEntry, RecordCodec.Slice> kept = new IdentityHashMap<>();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        // The entries are encoded a batch at a time on both cores and streamed to the file: all of them
        // at once were 116 MB of arrays for 10,000 articles, held at the build's peak of memory.
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            writeEntries(stream, out, paths, state, kept);
        } catch (IOException | RuntimeException e) {
            HalfWrittenFile.remove(temp, e);
            throw e;
        }
        // Only the entries of the state just saved that were known stay remembered, so memory does not
        // grow with edits; the bytes of an entry read from the file cost nothing to keep, as the file's
        // array lives as long as the entry does. One encoded now would be copies held to save it again.
        encoded.clear();
        encoded.putAll(kept);
        HalfWrittenFile.moveIntoPlace(temp, file);
    }

    /** Writes the header, then each source's entry, a batch at a time, then the search documents. */
    private void writeEntries(OutputStream stream, RecordCodec.Out out, List<String> paths, BuildState state,
            Map<BuildState.SourceEntry, RecordCodec.Slice> kept) throws IOException {
        stream.write(out.toByteArray());
        for (int from = 0; from < paths.size(); from += SAVE_BATCH) {
            List<String> batch = paths.subList(from, Math.min(paths.size(), from + SAVE_BATCH));
            List<BuildState.SourceEntry> entries = batch.stream().map(state.sources()::get).toList();
            List<RecordCodec.Slice> blobs = entries.parallelStream().map(entry -> {
                RecordCodec.Slice known = encoded.get(entry);
                return known != null ? known : encodeEntry(entry);
            }).toList();
            for (int i = 0; i < batch.size(); i++) {
                RecordCodec.Out prefix = new RecordCodec.Out(256);
                prefix.writeString(batch.get(i));
                RecordCodec.Slice blob = blobs.get(i);
                prefix.writeLong(blob.length());
                stream.write(prefix.toByteArray());
                stream.write(blob.array(), blob.from(), blob.length());
                if (encoded.containsKey(entries.get(i))) {
                    kept.put(entries.get(i), blob);
                }
            }
        }
        writeSearchDocs(stream, state.searchDocs());
    }

    /** Removes the file, before the output folder is changed in place: a half-updated folder must not look cached. */
    public void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    private static Type outputsType() {
        try {
            return BuildState.class.getDeclaredMethod("outputs").getGenericReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
