package gazette.output;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.render.OutputFile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;

/**
 * Writes the site to a folder: first into {@code .NAME.staging} beside it, then swaps the folders.
 * Until the swap the old site is untouched; a crash before it leaves only the staging folder, which
 * the next build removes. It refuses to replace a folder that does not look like a Gazette output
 * (it holds the site's sources, or files but no {@code .nojekyll}), so a mistyped {@code --output}
 * can not delete someone's work.
 */
public final class DirectorySink implements OutputSink {
    /** Every Gazette site has this file; a folder without it was not made by Gazette. */
    static final String MARKER = ".nojekyll";
    private static final Set<String> SOURCE_NAMES = Set.of("gazette.yml", "pom.xml", ".git", "seeds", "src", "templates");

    private final Path output;
    private final String outputRel;

    /**
     * @param output    the output folder
     * @param outputRel the same relative to the site folder, for problems
     */
    public DirectorySink(Path output, String outputRel) {
        this.output = output.toAbsolutePath().normalize();
        this.outputRel = outputRel;
    }

    @Override
    public void publish(List<OutputFile> files) {
        checkReplaceable();
        Path parent = output.getParent();
        Path staging = parent.resolve("." + output.getFileName() + ".staging");
        Path old = parent.resolve("." + output.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(old);
            // Every path is checked before anything is written, and every write finishes before a
            // failure is reported, so no thread is still writing while the staging folder is removed.
            files.forEach(f -> SafePath.check(f.path()));
            Files.createDirectories(staging);
            List<IOException> failures = files.parallelStream().map(f -> write(staging, f))
                    .filter(java.util.Objects::nonNull).toList();
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                move(output, old);
            }
            move(staging, output);
            deleteTree(old);
        } catch (IOException | IllegalArgumentException e) {
            removeQuietly(staging);
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot write the site: " + e.getMessage()));
        }
    }

    private void checkReplaceable() {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(output) || !Files.isDirectory(output)) {
            throw refuse("it is not a plain folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            boolean empty = true;
            boolean marker = false;
            for (Path p : entries) {
                String name = p.getFileName().toString();
                empty = false;
                if (SOURCE_NAMES.contains(name)) {
                    throw refuse("it holds '" + name + "', which looks like sources, not a built site");
                }
                marker |= name.equals(MARKER);
            }
            if (!empty && !marker) {
                throw refuse("it has files but no " + MARKER + ", so Gazette did not make it");
            }
        } catch (IOException e) {
            throw refuse(e.getMessage());
        }
    }

    private BuildFailure refuse(String why) {
        return new BuildFailure(Problem.error(outputRel, 0, 0, "refusing to replace the output folder: " + why,
                "choose an empty or new folder with --output"));
    }

    /** Writes one file; returns the failure instead of throwing it, so the other writes can finish. */
    private static IOException write(Path root, OutputFile file) {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root)) {
            return new IOException("unsafe output path: " + file.path());
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void removeQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // the next build removes it
        }
    }

    /** Deletes a folder this sink made (staging or old); never follows links out of it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
