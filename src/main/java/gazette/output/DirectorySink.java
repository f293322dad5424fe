package gazette.output;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.render.EarlyOutput;
import gazette.render.OutputFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes the site to a folder. A new or empty folder is filled by writing into {@code .NAME.staging}
 * beside it (each file as soon as it renders, see {@link #early}) and renaming that into place, so a
 * failed build or a crash leaves at most the staging folder, which the next build removes. An existing site is rewritten in place, as Hugo and Jekyll do: files whose bytes
 * are already there are left alone, the others overwritten, and files the new site lacks deleted;
 * until the whole site has rendered, the changed pages wait in one file beside it, {@code .NAME.changed}
 * ({@link SpilledPages}).
 * Building a whole second tree and deleting the first made a rebuild of a large site create and
 * delete tens of thousands of files and folders each time, which on Linux filesystems costs more
 * than rendering them (new inodes are searched for past the ones just freed). Everything that can
 * fail on the input has been checked before a sink is called, so only a failing disk can leave a
 * site half rewritten, and the caller has dropped its cache by then so the next build redoes it all.
 *
 * <p>It refuses to replace a folder that does not look like a Gazette output (it holds the site's
 * sources, or files but no {@code .nojekyll}), so a mistyped {@code --output} can not delete someone's
 * work; and it never writes through a link found in the output folder: links are deleted, not followed.
 */
public final class DirectorySink implements FolderSink {
    /** Every Gazette site has this file; a folder without it was not made by Gazette. */
    static final String MARKER = ".nojekyll";
    private static final Set<String> SOURCE_NAMES = Set.of("gazette.yml", "pom.xml", ".git", "seeds", "src", "templates");

    private final Path output;
    private final String outputRel;
    /** Where a new site is written before it is renamed into place. */
    private final Path staging;
    /** Where the changed pages of an existing site wait for publishing ({@link SpilledPages}). */
    private final Path changedPages;
    /** This build's changed pages, when {@link #early} keeps them; publishing writes them in place. */
    private volatile SpilledPages spilled;

    /**
     * @param output    the output folder
     * @param outputRel the same relative to the site folder, for problems
     */
    public DirectorySink(Path output, String outputRel) {
        this.output = output.toAbsolutePath().normalize();
        this.outputRel = outputRel;
        this.staging = this.output.resolveSibling("." + this.output.getFileName() + ".staging");
        this.changedPages = this.output.resolveSibling("." + this.output.getFileName() + ".changed");
    }

    @Override
    public int publish(List<OutputFile> files, Collection<String> taken, Map<String, Long> listed) {
        checkReplaceable();
        Path parent = output.getParent();
        Path old = parent.resolve("." + output.getFileName() + ".old"); // left by a build that swapped folders
        // Files taken from an empty listing were staged as they rendered; from any other, found in place.
        boolean staged = listed.isEmpty() && !taken.isEmpty();
        try {
            files.forEach(f -> SafePath.check(f.path()));
            Files.createDirectories(parent);
            if (!staged) {
                deleteTree(staging);
            }
            deleteTree(old);
            Map<String, Long> there = listed.isEmpty() ? scan() : listed;
            if (!there.isEmpty() && staged) {
                throw new IOException("files appeared in it while the site was built; build again");
            }
            if (!there.isEmpty()) {
                return rewrite(files, taken, there);
            }
            // Every write finishes before a failure is reported, so no thread is still writing while
            // the staging folder is removed.
            Files.createDirectories(staging);
            throwFirst(files.parallelStream().map(f -> write(staging, f, null, null)));
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(output); // it holds no files, as scan found: at most empty folders
            }
            move(staging, output);
            return files.size() + taken.size();
        } catch (IOException | IllegalArgumentException e) {
            dropSpilled();
            removeQuietly(staging);
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot write the site: " + e.getMessage()));
        }
    }

    /**
     * For a folder with files in it, reads a file back only where the listing gives it the rendered
     * file's size (a link, listed as -1, never matches), and takes the file when the bytes are the
     * same; one that can not be read is simply written again at publishing. For a new or empty
     * folder, writes each file into the staging folder as it comes, after removing one a crashed
     * build left; should a write fail, the file is held and written again at publishing, which
     * reports the failure.
     */
    @Override
    public EarlyOutput early(Map<String, Long> listed) {
        if (!listed.isEmpty()) {
            SpilledPages pages;
            try {
                pages = SpilledPages.create(changedPages);
            } catch (IOException e) {
                pages = null; // changed pages are held until publishing, as they were
            }
            SpilledPages changed = pages;
            spilled = changed;
            return file -> {
                Long size = listed.get(file.path());
                Path target = output.resolve(file.path()).normalize();
                try {
                    if (size != null && size == file.bytes().length && target.startsWith(output)
                            && sameBytes(target, file.bytes())) {
                        return true;
                    }
                } catch (IOException e) {
                    // not readable in place: written over at publishing
                }
                return changed != null && SafePath.isSafe(file.path()) && changed.add(file);
            };
        }
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            return EarlyOutput.NONE; // publishing tries again and reports it
        }
        return file -> SafePath.isSafe(file.path()) && write(staging, file, null, null) == null;
    }

    @Override
    public void abandon() {
        dropSpilled();
        removeQuietly(staging);
    }

    private void dropSpilled() {
        SpilledPages pages = spilled;
        spilled = null;
        if (pages != null) {
            pages.close();
        }
    }

    /**
     * Writes the pages {@link #early} kept aside into the folder, each read back from its file,
     * given the files there by path with sizes (null when unknown: each is then written over whole,
     * by a rename), and lets the file go.
     */
    private void writeSpilled(Map<String, Long> there, AtomicInteger written) throws IOException {
        SpilledPages pages = spilled;
        spilled = null;
        if (pages == null) {
            return;
        }
        try (pages) {
            throwFirst(pages.paths().parallelStream().map(path -> {
                try {
                    OutputFile page = pages.read(path);
                    if (there == null) {
                        IOException failed = replace(output, page);
                        if (failed == null) {
                            written.incrementAndGet();
                        }
                        return failed;
                    }
                    return write(output, page, there.get(path), written);
                } catch (IOException e) {
                    return e;
                }
            }));
        }
    }

    /**
     * Makes the folder hold {@code files}, the {@code found} ones, and nothing else, given what it
     * holds now: first deletes what the site no longer has (so no file stands where a new folder
     * goes, and no link is left to be written through), then writes each file whose bytes differ
     * from those there.
     *
     * @return how many files were written
     */
    private int rewrite(List<OutputFile> files, Collection<String> found, Map<String, Long> there) throws IOException {
        Set<String> wanted = new HashSet<>((files.size() + found.size()) * 2);
        files.forEach(f -> wanted.add(f.path()));
        wanted.addAll(found);
        List<String> gone = there.keySet().stream().filter(path -> !wanted.contains(path)).sorted().toList();
        delete(gone);
        AtomicInteger written = new AtomicInteger();
        writeSpilled(there, written);
        throwFirst(files.parallelStream().map(f -> write(output, f, there.get(f.path()), written)));
        return written.get();
    }

    private static void throwFirst(Stream<IOException> failures) throws IOException {
        List<IOException> found = failures.filter(java.util.Objects::nonNull).toList();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
    }

    /**
     * The files the output folder holds now, by path, with their sizes; empty when there is no
     * folder. Links are listed as files of size -1, so they never pass for a page.
     */
    @Override
    public Map<String, Long> scan() {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Map<String, Long> sizes = new HashMap<>();
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    sizes.put(relative(file), attrs.isRegularFile() ? attrs.size() : -1L);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot read the output folder: " + e.getMessage()));
        }
        return sizes;
    }

    /**
     * Brings the output folder up to date in place: writes {@code changed} (each file whole, by a
     * rename, so a server never sends half a page), deletes the files in {@code gone}, and the
     * folders that leaves empty. Faster than {@link #publish} when few files change, but not
     * all-or-nothing: the caller has already checked everything that can fail on the input.
     */
    @Override
    public int update(List<OutputFile> changed, Collection<String> gone) {
        checkReplaceable();
        try {
            changed.forEach(f -> SafePath.check(f.path()));
            gone.forEach(SafePath::check);
            Files.createDirectories(output);
            // What is gone goes first: a link or file there could stand where a written file's folder goes.
            delete(gone);
            AtomicInteger spilledWritten = new AtomicInteger();
            writeSpilled(null, spilledWritten);
            throwFirst(changed.parallelStream().map(f -> replace(output, f)));
            return changed.size() + spilledWritten.get();
        } catch (IOException | IllegalArgumentException e) {
            dropSpilled();
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot update the site: " + e.getMessage()));
        }
    }

    /** Deletes the files, then each folder they were in that is left empty, up to the output folder. */
    private void delete(Collection<String> gone) throws IOException {
        Set<Path> folders = new TreeSet<>(java.util.Comparator.reverseOrder()); // deepest first
        for (String path : gone) {
            Path file = output.resolve(path);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(output); dir = dir.getParent()) {
                folders.add(dir);
            }
        }
        for (Path dir : folders) {
            boolean empty;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                empty = !entries.iterator().hasNext();
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            if (empty) {
                Files.delete(dir);
            }
        }
    }

    private String relative(Path file) {
        return output.relativize(file).toString().replace('\\', '/');
    }

    /** Writes one file beside its target and renames it over; returns the failure instead of throwing it. */
    private static IOException replace(Path root, OutputFile file) {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root)) {
            return new IOException("unsafe output path: " + file.path());
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".gazette-tmp");
        try {
            Files.createDirectories(target.getParent());
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target);
            }
            Files.write(temp, file.bytes());
            move(temp, target);
            return null;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // reported below; the next build removes it as a file nobody wants
            }
            return e;
        }
    }

    @Override
    public void checkReplaceable() {
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

    /**
     * Writes one file, unless the same bytes are there already; returns the failure instead of
     * throwing it, so the other writes can finish.
     *
     * @param sizeThere the size of what is at the path now, as {@link #scan} lists it (-1 for a
     *                  link or other non-file, which is deleted rather than written through); null for nothing
     * @param written   counts the files written, when not null
     */
    private static IOException write(Path root, OutputFile file, Long sizeThere, AtomicInteger written) {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root)) {
            return new IOException("unsafe output path: " + file.path());
        }
        try {
            if (sizeThere == null) {
                Files.createDirectories(target.getParent());
            } else if (sizeThere < 0) {
                Files.deleteIfExists(target); // a link (scan lists a link to a folder as one too), never followed
            } else if (sizeThere == file.bytes().length && sameBytes(target, file.bytes())) {
                return null;
            }
            try {
                writeNoFollow(target, file.bytes());
            } catch (FileSystemException e) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                deleteTree(target); // an empty folder where the file goes, which a scan does not list
                writeNoFollow(target, file.bytes());
            }
            if (written != null) {
                written.incrementAndGet();
            }
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /**
     * Files are read and written in slices of this size. Whole, a file went through a temporary direct
     * buffer of its own size, which the JDK then keeps for the thread: each of them held copies of the
     * largest pages (a topic page or the search data of a large site, megabytes each), and every
     * comparison also made a heap copy of the whole file to compare.
     */
    private static final int SLICE = 64 * 1024;
    private static final ThreadLocal<ByteBuffer> READ_SLICE = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(SLICE));

    /** Whether the file holds these bytes; false when it is gone (since the folder was listed) or is now a link. */
    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (in.size() != bytes.length) {
                return false;
            }
            ByteBuffer slice = READ_SLICE.get();
            for (int at = 0; at < bytes.length; at += slice.limit()) {
                slice.clear().limit(Math.min(SLICE, bytes.length - at));
                while (slice.hasRemaining()) {
                    if (in.read(slice) < 0) {
                        return false; // shorter than it was a moment ago
                    }
                }
                if (slice.flip().mismatch(ByteBuffer.wrap(bytes, at, slice.limit())) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (FileSystemException e) {
            return false; // a link put there since the listing (O_NOFOLLOW refuses it): written over, never read through
        }
    }

    /** NOFOLLOW_LINKS: should a link appear at the path after the scan, opening fails instead of following it. */
    private static void writeNoFollow(Path target, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer all = ByteBuffer.wrap(bytes);
            while (all.position() < bytes.length) {
                out.write(all.limit(Math.min(bytes.length, all.position() + SLICE)));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void removeQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // the next build removes it
        }
    }

    /** Deletes a folder and everything in it; never follows links out of it. */
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
