package gazette.render;

/**
 * Takes each rendered file as soon as it is made, where the output allows it, so that a build does
 * not hold every page of the site until the last one has rendered (a few hundred megabytes on a
 * large site, and the collector's work of keeping them). Nothing it does is visible in the output
 * folder before the whole site has rendered: a new site is written into a staging folder beside it,
 * and in an existing site it only reads, to find the pages that are there already byte for byte.
 */
@FunctionalInterface
public interface EarlyOutput {
    /** Takes nothing: every file is held until the site is published. */
    EarlyOutput NONE = file -> false;

    /**
     * Whether the output has taken care of {@code file}: it holds it already, or has staged it.
     * Called from any thread, once a file; the file's bytes are then let go.
     */
    boolean take(OutputFile file);
}
