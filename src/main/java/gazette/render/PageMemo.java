package gazette.render;

import gazette.source.Fingerprint;

/**
 * What the last build rendered: lets the renderer skip a page whose template and model are the
 * same as when it was last written and whose file is still there as written.
 */
@FunctionalInterface
public interface PageMemo {
    /** Renders everything. */
    PageMemo NONE = (path, key) -> false;

    /** Whether the file at {@code path} was rendered from a model and template with this fingerprint and is intact. */
    boolean unchanged(String path, Fingerprint.Value key);
}
