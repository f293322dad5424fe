package gazette.cli;

import gazette.output.DirectorySink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class-data archive (AppCDS) beside the jar, {@code gazette.jsa}: every class a build loads, from
 * the JDK, its libraries and Gazette, parsed and verified once at package time, which the JVM the
 * {@link Launcher} starts maps instead of loading them one by one. Made by {@link #main} after the jar
 * (see the pom), with a stamp beside it that names the jar and the JVM it was made for.
 *
 * <p>Why a static archive (a class list from a training build, then {@code -Xshare:dump}) rather than
 * one written as a training JVM exits ({@code -XX:ArchiveClassesAtExit}): JDK 17 leaves classes compiled
 * for Java 5 out of the latter, and picocli's 175 are such classes, so they were loaded and verified at
 * every start; one archive also replaces the JDK's own instead of being mapped on top of it. The second
 * JVM alone on the seed site, twelve alternated runs each: median 587 ms against 640 ms. It also runs no
 * code while it is made, so none of JDK 17's flags for methods waiting to be compiled can be written into
 * it (JDK-8306460: such a method is then never compiled; a 1,000-article build took 9.2-9.9 s instead of
 * 2.4-2.6 s with one archive made the other way).
 *
 * <p>Why the stamp: a JVM given a static archive that does not fit (the jar moved or rebuilt, another
 * JDK) shares no classes at all, not even the JDK's: the seed site then took 1.23 s instead of 0.95 s
 * with no archive named. The JVM checks the jar's path, size and modification time, and its own build;
 * the launcher checks the same things in the stamp before naming the archive.
 */
public final class ClassDataArchive {
    private ClassDataArchive() {
    }

    /** {@code gazette.jsa} for {@code gazette.jar}. */
    static Path archiveBeside(Path jar) {
        String name = jar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        return jar.resolveSibling(base.concat(".jsa"));
    }

    /** {@code gazette.jsa.stamp} for {@code gazette.jar}: what the archive beside it was made for. */
    static Path stampBeside(Path jar) {
        Path archive = archiveBeside(jar);
        return archive.resolveSibling(archive.getFileName().toString().concat(".stamp"));
    }

    /**
     * What an archive made now for {@code jar} and this JVM fits: the jar's real path, size and
     * modification time, and the JVM's home and build. Written without lambdas or string {@code +}, as
     * the launcher's JVM runs it (see {@link Launcher}).
     */
    static String stamp(Path jar) throws IOException {
        Path real = jar.toRealPath();
        StringBuilder stamp = new StringBuilder();
        stamp.append("jar ").append(real).append('\n');
        stamp.append("size ").append(Files.size(real)).append('\n');
        stamp.append("modified ").append(Files.getLastModifiedTime(real).toMillis()).append('\n');
        stamp.append("java ").append(System.getProperty("java.home")).append('\n');
        stamp.append("vm ").append(System.getProperty("java.vm.version")).append('\n');
        return stamp.toString();
    }

    /** Whether the archive beside {@code jar} was made for it and for this JVM. */
    static boolean fits(Path jar) {
        try {
            return Files.isRegularFile(archiveBeside(jar))
                    && Files.readString(stampBeside(jar), StandardCharsets.UTF_8).equals(stamp(jar));
        } catch (IOException | RuntimeException e) {
            return false; // no stamp, or no jar: the second JVM starts without the archive
        }
    }

    /**
     * Makes the archive and its stamp beside a jar: {@code java -cp gazette.jar gazette.cli.ClassDataArchive
     * JAR SITE WORK}. The training build is a clean build of the site in folder SITE (the seed site),
     * written under WORK with the class list and the two JVMs' output; the stamp is written last, so an
     * archive that failed to be made is never named. A JVM that can not make one (a JDK built without
     * class-data sharing) leaves the jar without it, with a warning: Gazette runs all the same, only
     * starts slower, and the package step does not fail for it.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: ClassDataArchive JAR SITE WORK");
            System.exit(2);
        }
        try {
            make(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath());
        } catch (IOException e) {
            System.err.println("gazette: no class-data archive made, so builds will start slower: " + e.getMessage());
        }
    }

    private static void make(Path jar, Path site, Path workFolder) throws IOException, InterruptedException {
        Path work = Files.createDirectories(workFolder);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classList = work.resolve("gazette.classlist");
        Path archive = archiveBeside(jar);
        Files.deleteIfExists(stampBeside(jar));
        Files.deleteIfExists(archive);

        // The training build starts from nothing: an output folder left by an earlier Gazette, with no
        // record of its files, is one a build refuses to replace.
        Path trainingSite = work.resolve("training-site");
        DirectorySink.deleteTree(trainingSite);
        try (DirectoryStream<Path> beside = Files.newDirectoryStream(work, ".training-site.*")) {
            for (Path file : beside) {
                DirectorySink.deleteTree(file);
            }
        }
        run(site, work.resolve("training.log"), List.of(java, "-Xshare:off",
                "-XX:DumpLoadedClassList=".concat(classList.toString()), "-jar", jar.toString(),
                "build", "--clean", "--output", trainingSite.toString()));
        run(site, work.resolve("dump.log"), List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=".concat(classList.toString()),
                "-XX:SharedArchiveFile=".concat(archive.toString()), "-cp", jar.toString()));
        Files.writeString(stampBeside(jar), stamp(jar), StandardCharsets.UTF_8);
    }

    /** Runs one JVM in {@code folder} with its output in {@code log}; fails unless it exits with 0. */
    private static void run(Path folder, Path log, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(Launcher.OFF_VARIABLE, "1");
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + code + "; its output is in " + log);
        }
    }
}
