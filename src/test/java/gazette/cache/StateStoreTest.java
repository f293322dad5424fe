package gazette.cache;

import gazette.diag.Problem;
import gazette.render.SearchDocs;
import gazette.source.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cache file holds every source entry of a large site, saved in batches, read back and saved again. */
class StateStoreTest {
    @TempDir
    Path dir;

    /** A state of {@code count} sources, each an entry with a warning naming it (no article needed). */
    private static BuildState state(int count, String note) {
        Map<String, BuildState.SourceEntry> sources = new HashMap<>();
        Map<String, BuildState.OutputEntry> outputs = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String path = "seeds/%05d.md".formatted(i);
            sources.put(path, new BuildState.SourceEntry(new Fingerprint.Value(i, count), Optional.empty(),
                    List.of(Problem.warning(path, i + 1, 1, note + " " + i))));
            outputs.put("articles/%05d/index.html".formatted(i), new BuildState.OutputEntry(new Fingerprint.Value(i, 1),
                    new Fingerprint.Value(i, 2), 100 + i));
        }
        return new BuildState(BuildState.Summary.NONE, new Fingerprint.Value(1, 2), new Fingerprint.Value(3, 4),
                new Fingerprint.Value(5, 6), sources,
                outputs, SearchDocs.NONE);
    }

    @Test
    void aStateOfManyBatchesReadsBackWholeAndSavesAgainTheSame() throws IOException {
        StateStore store = new StateStore(dir.resolve("site-output"));
        BuildState saved = state(1_000, "note");
        store.save(saved);
        byte[] firstFile = Files.readAllBytes(store.file());

        StateStore nextProcess = new StateStore(dir.resolve("site-output"));
        BuildState read = nextProcess.load().orElseThrow();
        assertEquals(saved.sources(), read.sources());
        assertEquals(saved.outputs(), read.outputs());

        // Saved again by the process that read it (the entries' bytes reused), and once more after that.
        nextProcess.save(read);
        assertArrayEquals(firstFile, Files.readAllBytes(store.file()));
        nextProcess.save(read);
        assertArrayEquals(firstFile, Files.readAllBytes(store.file()));
    }

    @Test
    void entriesChangedSinceTheFileWasReadAreSavedAsTheyAreNow() throws IOException {
        StateStore store = new StateStore(dir.resolve("site-output"));
        store.save(state(600, "old"));
        store.load().orElseThrow();

        BuildState changed = state(600, "new");
        store.save(changed);

        assertEquals(changed.sources(), new StateStore(dir.resolve("site-output")).load().orElseThrow().sources());
    }
}
