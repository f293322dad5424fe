package gazette.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Where the build cache of an output folder lives ({@code .site-output.gazette-cache} for
 * {@code site-output/}, outside the published site and named so one {@code .gitignore} line covers
 * it), and the line it starts with, which names the Gazette that wrote it. A class of its own, so
 * the launcher can tell a cache this Gazette will use without loading the cache's code. What the
 * launcher calls joins strings with a {@link StringBuilder}: in its JVM, without Gazette's class-data
 * archive, setting up the call sites of {@code +} took 20 ms.
 */
public final class CacheFile {
    private static final String MAGIC = "gazette-cache 4";

    private CacheFile() {
    }

    public static Path beside(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        return out.resolveSibling(new StringBuilder(".").append(out.getFileName()).append(".gazette-cache").toString());
    }

    /**
     * The first line of every cache this Gazette writes: the format, then which Gazette wrote it. A
     * file that starts otherwise (another version, a rebuilt jar, anything else) is no cache.
     */
    public static byte[] header() {
        return Header.BYTES.clone();
    }

    /** Whether the file begins with this Gazette's {@link #header}; false when it can not be read. */
    public static boolean writtenByThisGazette(Path file) {
        byte[] expected = Header.BYTES;
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(expected.length), expected);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Worked out when first needed: finding the jar costs a file lookup. */
    private static final class Header {
        static final byte[] BYTES = new StringBuilder(MAGIC).append(' ').append(engine()).append('\n').toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Which Gazette this is: its version, and the size and time of the jar (or of the newest class
     * file, when running from a build folder), so a rebuilt Gazette never trusts an old cache.
     */
    private static String engine() {
        String version = String.valueOf(CacheFile.class.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(CacheFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                BasicFileAttributes attrs = Files.readAttributes(code, BasicFileAttributes.class);
                return new StringBuilder(version).append(' ').append(attrs.size()).append(' ')
                        .append(attrs.lastModifiedTime().toMillis()).toString();
            }
            try (Stream<Path> walk = Files.walk(code)) {
                long newest = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                return version + " classes " + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown origin: a fresh value per run means the cache is never trusted, which is safe.
            return version + " " + System.nanoTime();
        }
    }
}
