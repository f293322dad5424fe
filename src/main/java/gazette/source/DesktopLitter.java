package gazette.source;

/**
 * The files a desktop's file browser leaves in every folder it shows ({@code .DS_Store},
 * {@code ._name}, {@code Thumbs.db}, {@code desktop.ini}): no one's work. The output folder deletes
 * them like stale pages rather than refusing a folder that holds them, and the static folder does
 * not publish them. One list for both, here, where the layers that read and that write can see it.
 */
public final class DesktopLitter {
    private DesktopLitter() {
    }

    /** Whether the last segment of {@code path} (forward slashes) is such a file. */
    public static boolean is(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals(".DS_Store") || name.startsWith("._") || name.equalsIgnoreCase("Thumbs.db")
                || name.equalsIgnoreCase("desktop.ini");
    }
}
