package gazette.output;

import gazette.render.OutputFile;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the last published site in memory, by path. */
public final class MemorySink implements OutputSink {
    private volatile Map<String, byte[]> files = Map.of();

    @Override
    public int publish(List<OutputFile> published) {
        Map<String, byte[]> map = new TreeMap<>();
        for (OutputFile f : published) {
            map.put(SafePath.check(f.path()), f.bytes());
        }
        files = Collections.unmodifiableMap(map);
        return published.size();
    }

    public Map<String, byte[]> files() {
        return files;
    }
}
