package gazette.output;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.render.EarlyOutput;
import gazette.render.OutputFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>It deletes only files it wrote ({@link OutputRecord}): it refuses a folder with files and no
 * record of them, and a build that would delete a file put there since, so a mistyped
 * {@code --output} or a {@code docs/} folder of the user's can not lose anyone's work; and it never
 * writes through a link found in the output folder: links are deleted, not followed. Once publishing
 * has begun, Ctrl-C waits for it to finish ({@link PublishGuard}).
 */
public final class DirectorySink implements FolderSink {
    private static final Set<String> SOURCE_NAMES = Set.of("gazette.yml", "pom.xml", ".git", "seeds", "src", "templates");

    private final Path output;
    private final String outputRel;
    /** Where a new site is written before it is renamed into place. */
    private final Path staging;
    /** Where the changed pages of an existing site wait for publishing ({@link SpilledPages}). */
    private final Path changedPages;
    /** This build's changed pages, when {@link #early} keeps them; publishing writes them in place. */
    private volatile SpilledPages spilled;
    /** The files Gazette wrote into the folder, beside it. */
    private final OutputRecord record;
    /** What {@link #record} holds, read when first needed and kept up to date after; empty for no record. */
    private Optional<Set<String>> owned;
    private final PublishGuard guard;
    private final Disk disk;

    /** What the disk lets be written, asked before writing: a test can not fill a disk or take a root user's rights. */
    interface Disk {
        boolean isWritable(Path path);

        long usableSpace(Path existing) throws IOException;

        Disk REAL = new Disk() {
            @Override
            public boolean isWritable(Path path) {
                return Files.isWritable(path);
            }

            @Override
            public long usableSpace(Path existing) throws IOException {
                return Files.getFileStore(existing).getUsableSpace();
            }
        };
    }
    /** Removes what {@link #early} began, should the JVM stop before publishing: one object, so it can be forgotten. */
    private final Runnable cleanup = this::abandon;

    /**
     * @param output    the output folder
     * @param outputRel the same relative to the site folder, for problems
     */
    public DirectorySink(Path output, String outputRel) {
        this(output, outputRel, PublishGuard.JVM);
    }

    /** With a guard of its own, for tests that stop it as the JVM's shutdown hook would. */
    DirectorySink(Path output, String outputRel, PublishGuard guard) {
        this(output, outputRel, guard, Disk.REAL);
    }

    /** With a disk of its own, for tests of a full or unwritable one. */
    DirectorySink(Path output, String outputRel, Disk disk) {
        this(output, outputRel, PublishGuard.JVM, disk);
    }

    private DirectorySink(Path output, String outputRel, PublishGuard guard, Disk disk) {
        this.disk = disk;
        this.output = output.toAbsolutePath().normalize();
        this.outputRel = outputRel;
        this.staging = beside(this.output, ".staging");
        this.changedPages = beside(this.output, ".changed");
        this.record = new OutputRecord(this.output);
        this.guard = guard;
    }

    @Override
    public int publish(List<OutputFile> files, Collection<String> taken, Map<String, Long> listed) {
        checkBeforePublishing();
        try {
            return publishGuarded(files, taken, listed);
        } finally {
            endPublishing();
        }
    }

    private int publishGuarded(List<OutputFile> files, Collection<String> taken, Map<String, Long> listed) {
        Path old = beside(output, ".old"); // left by a build that swapped folders
        // Files taken from an empty listing were staged as they rendered; from any other, found in place.
        boolean staged = listed.isEmpty() && !taken.isEmpty();
        try {
            files.forEach(f -> SafePath.check(f.path()));
            Files.createDirectories(output.getParent());
            if (!staged) {
                deleteTree(staging);
            }
            deleteTree(old);
            Map<String, Long> there = listed.isEmpty() ? scan() : listed;
            if (!there.isEmpty() && staged) {
                throw new IOException("files appeared in it while the site was built; build again");
            }
            Set<String> wanted = new HashSet<>((files.size() + taken.size()) * 2);
            files.forEach(f -> wanted.add(f.path()));
            wanted.addAll(taken);
            if (!there.isEmpty()) {
                int written = rewrite(files, wanted, there);
                remember(wanted);
                return written;
            }
            // Every write finishes before a failure is reported, so no thread is still writing while
            // the staging folder is removed.
            Files.createDirectories(staging);
            throwFirst(files.parallelStream().map(f -> write(staging, f, null, null)));
            record.save(wanted); // before the folder appears: a crash then leaves a folder Gazette knows
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(output); // it holds no files, as scan found: at most empty folders
            }
            move(staging, output);
            owned = Optional.of(wanted);
            return files.size() + taken.size();
        } catch (BuildFailure e) {
            dropSpilled();
            removeQuietly(staging);
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            dropSpilled();
            removeQuietly(staging);
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot write the site: " + why(e)));
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
        guard.onStop(cleanup);
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
                    // A copy (media, static) is compared when published: it holds no bytes to let go.
                    if (file.isCopy()) {
                        return false;
                    }
                    if (size != null && size == file.size() && target.startsWith(output) && sameBytes(target, file)) {
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
        // Once the JVM is stopping the staging folder is being removed: nothing more goes into it.
        return file -> !guard.stopped() && SafePath.isSafe(file.path()) && write(staging, file, null, null) == null;
    }

    @Override
    public void abandon() {
        guard.forget(cleanup);
        dropSpilled();
        removeQuietly(staging);
    }

    /**
     * Checks the folder again (its record may have gone since the build began), then lets a stopping
     * JVM wait for this publishing step, or refuses to start one once it is stopping.
     */
    private void checkBeforePublishing() {
        try {
            checkReplaceable();
        } catch (BuildFailure e) {
            abandon();
            throw e;
        }
        if (!guard.begin()) {
            abandon();
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "build interrupted before publishing; the site is as it was"));
        }
    }

    private void endPublishing() {
        guard.forget(cleanup); // what early began is published or dropped by now
        guard.end();
    }

    /** The files Gazette wrote into the folder, as its record says; empty when there is none. */
    private Optional<Set<String>> owned() {
        if (owned == null) {
            owned = record.load();
        }
        return owned;
    }

    /**
     * Records {@code paths} with the files already recorded, before a publishing step writes them:
     * should it be cut short, every file it may have written is on record.
     */
    private void recordAlso(Set<String> paths) throws IOException {
        Set<String> all = new HashSet<>(paths);
        owned().ifPresent(all::addAll);
        record.save(all);
    }

    /** Records exactly {@code paths}: what the folder holds after a publishing step. */
    private void remember(Set<String> paths) throws IOException {
        record.save(paths);
        owned = Optional.of(paths);
    }

    /** Refuses, before anything changes, to delete a file among {@code files} that Gazette did not write. */
    private void refuseStrangers(List<String> files) {
        Set<String> ours = owned().orElse(Set.of());
        List<String> strangers = files.stream().filter(path -> !ours.contains(path) && !isDesktopLitter(path)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw refuse("it holds files Gazette did not write, which this build would delete: " + sample(strangers),
                    "move them out of " + outputRel + "/, or choose another folder with --output");
        }
    }

    /**
     * Holds {@code .NAME.lock} beside the folder with the operating system's file lock. Why: two
     * builds into one folder at once shared its staging folder, each deleting what the other had
     * written, and one reported success over a third of a site. The lock goes with the process, so a
     * build that is killed holds nothing; the empty file stays, as the cache does.
     */
    @Override
    public Hold hold() {
        if (output.getParent() == null) {
            return () -> {
            }; // the file system's root, which checkReplaceable refuses before anything is written
        }
        Path file = beside(output, ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    System.err.println("gazette: another build is writing " + outputRel + "/; waiting for it to finish");
                    lock = channel.lock();
                }
                FileLock held = lock;
                return () -> {
                    try {
                        held.release();
                        channel.close();
                    } catch (IOException e) {
                        // closing the channel releases the lock in any case
                    }
                };
            } catch (OverlappingFileLockException e) {
                // This JVM holds it already (a test's two builds of one folder): its builds take turns anyway.
                channel.close();
                return () -> {
                };
            }
        } catch (IOException e) {
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot lock the output folder: " + e.getMessage()));
        }
    }

    /**
     * What went wrong with a file, in words: the JDK's messages for the usual cases are the path alone
     * ({@code site-output/articles/zzz}), which says nothing of why.
     */
    private String why(Exception e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? relativeToSite(f.getFile()) : null;
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return path + " is a file where the site needs a folder; move it out of " + outputRel + "/";
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to write " + path;
        }
        if (e instanceof NoSuchFileException) {
            return path + " went missing while the site was written";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** A path as the user gave the output folder: under its name, not the machine's absolute path. */
    private String relativeToSite(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        return p.startsWith(output) ? outputRel + "/" + relative(p) : file;
    }

    /**
     * Whether this is the empty {@code .nojekyll} at the folder's top that every build writes: a
     * {@code docs/} folder made ready for GitHub Pages holds it and nothing else.
     */
    private boolean isPagesMarker(Path file) {
        try {
            return file.getParent().equals(output) && file.getFileName().toString().equals(".nojekyll") && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file is one a desktop's file browser leaves in every folder it shows ({@code .DS_Store},
     * {@code ._name}, {@code Thumbs.db}, {@code desktop.ini}): no one's work, so opening the output
     * folder in Finder or Explorer does not make the next build refuse it. It is deleted like a stale page.
     */
    static boolean isDesktopLitter(String path) {
        return gazette.source.DesktopLitter.is(path);
    }

    /** Up to {@link #SHOWN} of the paths, and how many more. */
    private static String sample(List<String> paths) {
        String shown = String.join(", ", paths.subList(0, Math.min(SHOWN, paths.size())));
        return paths.size() > SHOWN ? shown + " and " + (paths.size() - SHOWN) + " more" : shown;
    }

    /** How many paths a refusal names. */
    private static final int SHOWN = 5;

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
                        return replace(output, page, written); // a spilled page is made bytes, never a copy
                    }
                    return write(output, page, there.get(path), written);
                } catch (IOException e) {
                    return e;
                }
            }));
        }
    }

    /**
     * Makes the folder hold {@code files}, the others {@code wanted} (found there), and nothing else,
     * given what it holds now; refuses, changing nothing, when that would delete a file Gazette did
     * not write. First deletes what the site no longer has (so no file stands where a new folder
     * goes, and no link is left to be written through), then writes each file whose bytes differ
     * from those there.
     *
     * @return how many files were written
     */
    private int rewrite(List<OutputFile> files, Set<String> wanted, Map<String, Long> there) throws IOException {
        List<String> gone = there.keySet().stream().filter(path -> !wanted.contains(path)).sorted().toList();
        refuseStrangers(gone.stream().filter(path -> there.get(path) >= 0).toList());
        // What differs is found first, reading, so that what is to be written can be checked before
        // anything is: writing in place, a file found unwritable halfway left a site half old, half new.
        List<OutputFile> differing = files.parallelStream().filter(f -> differs(f, there.get(f.path()))).toList();
        Map<String, Long> toWrite = new HashMap<>();
        differing.forEach(f -> toWrite.put(f.path(), f.size()));
        SpilledPages pages = spilled;
        if (pages != null) {
            pages.paths().forEach(path -> toWrite.put(path, pages.size(path)));
        }
        refuseWhatCanNotBeWritten(toWrite, there);
        AtomicInteger written = new AtomicInteger();
        try {
            recordAlso(wanted);
            delete(gone);
            writeSpilled(there, written);
            throwFirst(differing.parallelStream().map(f -> write(output, f, there.get(f.path()), written)));
        } catch (IOException e) {
            if (written.get() > 0 || !gone.isEmpty()) {
                throw BuildFailure.afterWriting(Problem.error(outputRel, 0, 0, "cannot write the site: " + why(e) + " ("
                        + written.get() + " of " + toWrite.size() + " changed files written before it)"));
            }
            throw e;
        }
        return written.get();
    }

    /** Whether {@code file} differs from what is at its path (listed with {@code sizeThere}, null for nothing). */
    private boolean differs(OutputFile file, Long sizeThere) {
        if (sizeThere == null || sizeThere != file.size()) {
            return true;
        }
        try {
            return !sameBytes(output.resolve(file.path()), file);
        } catch (IOException e) {
            return true; // not readable in place: written over
        }
    }

    /**
     * Refuses, before anything changes, to write files the folder will not take: one that may not be
     * written (its permissions, an immutable flag, a read-only file system), a new one in a folder that
     * may not be written, or more bytes than the disk has free. Each was found only halfway through
     * writing, leaving a site half old, half new. A failure no check foresees (the disk filling
     * meanwhile) is still possible, and then reported as such.
     *
     * @param toWrite the paths to write, with the size each will have
     * @param there   what the folder holds, path to size (null when not listed: each path is looked at)
     */
    private void refuseWhatCanNotBeWritten(Map<String, Long> toWrite, Map<String, Long> there) throws IOException {
        List<String> unwritable = toWrite.keySet().parallelStream().filter(path -> !mayWrite(path)).sorted().toList();
        if (!unwritable.isEmpty()) {
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot write the site: no permission to write "
                    + sample(unwritable.stream().map(p -> outputRel + "/" + p).toList()),
                    "make them writable (chmod u+w, chattr -i), or move them out of " + outputRel + "/"));
        }
        long needed = SPACE_TO_SPARE;
        for (Map.Entry<String, Long> e : toWrite.entrySet()) {
            Long old = there != null ? there.get(e.getKey()) : sizeOf(output.resolve(e.getKey()));
            needed += old == null || old < 0 ? e.getValue() + BLOCK : Math.max(0, e.getValue() - old);
        }
        Path existing = output;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        long free = disk.usableSpace(existing);
        if (needed > free) {
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot write the site: the disk holding " + outputRel
                    + "/ has " + kilobytes(free) + " free, and the changed files need about " + kilobytes(needed),
                    "free some space, or choose another folder with --output"));
        }
    }

    /** What a new file takes beyond its bytes, at most, on common file systems: a block. */
    private static final long BLOCK = 4096;
    /** Kept free beyond the files' own bytes, for folders and the record beside the folder. */
    private static final long SPACE_TO_SPARE = 256 * 1024;

    private static String kilobytes(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }

    private static Long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether the file at {@code path} may be written: the file itself when it is there (it is written
     * in place, or renamed over, which an immutable file refuses), and the nearest folder there is
     * above it (a new file is made in it; a rename needs it too).
     */
    private boolean mayWrite(String path) {
        Path target = output.resolve(path);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !disk.isWritable(target)) {
            return false;
        }
        Path dir = target.getParent();
        while (dir != null && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            dir = dir.getParent();
        }
        return dir == null || disk.isWritable(dir);
    }

    private static void throwFirst(Stream<IOException> failures) throws IOException {
        List<IOException> found = failures.filter(java.util.Objects::nonNull).toList();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
    }

    /**
     * The files the output folder holds now, by path, with their sizes; empty when there is no
     * folder. Links are listed as files of size -1, so they never pass for a page; so are empty
     * folders, which a site never holds (a deleted page's folder goes with it): listed, they are
     * gone from the next site, and deleted, where a build cut short once left thousands of them that
     * no later build saw.
     */
    @Override
    public Map<String, Long> scan() {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Map<String, Long> sizes = new HashMap<>();
        try {
            Deque<boolean[]> holdsAny = new ArrayDeque<>(); // one flag per open folder
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!holdsAny.isEmpty()) {
                        holdsAny.peek()[0] = true;
                    }
                    holdsAny.push(new boolean[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    holdsAny.peek()[0] = true;
                    sizes.put(relative(file), attrs.isRegularFile() ? attrs.size() : -1L);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    if (!holdsAny.pop()[0] && !dir.equals(output)) {
                        sizes.put(relative(dir), -1L);
                    }
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
        checkBeforePublishing();
        try {
            return updateGuarded(changed, gone);
        } finally {
            endPublishing();
        }
    }

    private int updateGuarded(List<OutputFile> changed, Collection<String> gone) {
        try {
            changed.forEach(f -> SafePath.check(f.path()));
            gone.forEach(SafePath::check);
            // Links and empty folders hold nothing of anyone's; files are the user's unless Gazette wrote them.
            refuseStrangers(gone.stream().filter(path -> Files.isRegularFile(output.resolve(path), LinkOption.NOFOLLOW_LINKS)).toList());
            // Read once: the field is the shutdown hook's to clear (abandon) while this runs.
            SpilledPages pages = spilled;
            Map<String, Long> toWrite = new HashMap<>();
            changed.forEach(f -> toWrite.put(f.path(), f.size()));
            if (pages != null) {
                pages.paths().forEach(path -> toWrite.put(path, pages.size(path)));
            }
            refuseWhatStandsInTheWay(toWrite.keySet(), gone);
            refuseWhatCanNotBeWritten(toWrite, null);
            Set<String> written = new HashSet<>(owned().orElse(Set.of()));
            written.addAll(toWrite.keySet());
            recordAlso(written);
            written.removeAll(gone);
            Files.createDirectories(output);
            AtomicInteger spilledWritten = new AtomicInteger();
            AtomicInteger replaced = new AtomicInteger();
            try {
                // What is gone goes first: a link or file there could stand where a written file's folder goes.
                delete(gone);
                writeSpilled(null, spilledWritten);
                throwFirst(changed.parallelStream().map(f -> replace(output, f, replaced)));
            } catch (IOException e) {
                if (replaced.get() + spilledWritten.get() > 0 || !gone.isEmpty()) {
                    throw BuildFailure.afterWriting(Problem.error(outputRel, 0, 0, "cannot update the site: " + why(e) + " ("
                            + (replaced.get() + spilledWritten.get()) + " of " + toWrite.size() + " changed files written before it)"));
                }
                throw e;
            }
            remember(written);
            return replaced.get() + spilledWritten.get();
        } catch (BuildFailure e) {
            dropSpilled();
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            dropSpilled();
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot update the site: " + why(e)));
        }
    }

    /**
     * Refuses, before anything changes, an update that a file or link of someone else's would stop
     * part-way: one standing where a written file's folder goes ({@code articles/new-story} put there
     * while {@code serve} ran, then an article of that slug), or a folder holding files where a file
     * goes. Found while writing, the first left the home page linking to a page that was never
     * written; a link there was followed, and the page written wherever it pointed; the second
     * deleted the folder with what was in it. What {@code gone} deletes first is not in the way.
     */
    private void refuseWhatStandsInTheWay(Collection<String> toWrite, Collection<String> gone) throws IOException {
        Set<String> goneAlready = new HashSet<>(gone);
        Set<String> folders = new HashSet<>();
        List<String> blocked = new ArrayList<>();
        for (String path : toWrite) {
            for (String folder = parentOf(path); folder != null && folders.add(folder); folder = parentOf(folder)) {
                Path dir = output.resolve(folder);
                if (!goneAlready.contains(folder) && Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    blocked.add(outputRel + "/" + folder + (Files.isSymbolicLink(dir) ? " is a link" : " is a file") + " where the site needs a folder");
                }
            }
            Path target = output.resolve(path);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && holdsOthersThan(target, goneAlready)) {
                blocked.add(outputRel + "/" + path + " is a folder with files in it where the site needs a file");
            }
        }
        if (!blocked.isEmpty()) {
            Collections.sort(blocked);
            throw new BuildFailure(Problem.error(outputRel, 0, 0, "cannot update the site: " + sample(blocked)
                    + "; nothing was changed", "move " + (blocked.size() == 1 ? "it" : "them") + " out of " + outputRel + "/"));
        }
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash > 0 ? path.substring(0, slash) : null;
    }

    /** Whether the folder holds a file or link that is not among {@code gone}. */
    private boolean holdsOthersThan(Path folder, Set<String> gone) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.anyMatch(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !gone.contains(relative(p)));
        }
    }

    /** Deletes the files, then each folder they were in that is left empty, up to the output folder. */
    private void delete(Collection<String> gone) throws IOException {
        Set<Path> folders = new TreeSet<>(java.util.Comparator.reverseOrder()); // deepest first
        for (String path : gone) {
            Path file = output.resolve(path);
            try {
                Files.deleteIfExists(file); // a file, a link, or a folder listed empty
            } catch (DirectoryNotEmptyException e) {
                continue; // a folder filled since it was listed: what is in it is not this build's to delete
            }
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
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    // filled in the meantime: kept
                }
            }
        }
    }

    private String relative(Path file) {
        return output.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Writes one file beside its target and renames it over, counting it in {@code replaced}; returns the
     * failure instead of throwing it. A copy (media, static) whose key changed with its bytes the same
     * (a file touched, or saved again as it was) is left alone: its key stands for its bytes, not their
     * fingerprint, so only reading both tells.
     */
    /** Numbers the temporary files of {@link #replace}: unique within a run, so parallel writes never share one. */
    private static final AtomicLong TEMP_NAMES = new AtomicLong();

    private static IOException replace(Path root, OutputFile file, AtomicInteger replaced) {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root)) {
            return new IOException("unsafe output path: " + file.path());
        }
        try {
            if (file.isCopy() && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && sameBytes(target, file)) {
                return null;
            }
        } catch (IOException e) {
            // not readable in place: written over below
        }
        replaced.incrementAndGet();
        // Named by a number, not after the file: a name near the file system's 255-byte limit, which the
        // output carries, had no room for a prefix and suffix ("File name too long", at the output folder).
        Path temp = target.resolveSibling(".gazette-tmp-" + TEMP_NAMES.incrementAndGet());
        try {
            Files.createDirectories(target.getParent());
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(target);
            }
            writeNoFollow(temp, file);
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

    /**
     * Refuses a folder that is not a plain one, holds the site's sources, or holds files while
     * Gazette has no record of writing it: a build deletes whatever the site does not have, and a
     * {@code docs/} folder of the user's (GitHub Pages' "deploy from /docs") or a mistyped
     * {@code --output} must not lose its files, with {@code --clean} or without. Only the top level
     * is read and, without a record, the first files found, so {@code --output /} is refused at once.
     */
    @Override
    public void checkReplaceable() {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(output) || !Files.isDirectory(output)) {
            throw refuse("it is not a plain folder", HINT);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (SOURCE_NAMES.contains(name)) {
                    throw refuse("it holds '" + name + "', which looks like sources, not a built site", HINT);
                }
            }
        } catch (IOException e) {
            throw refuse(e.getMessage(), HINT);
        }
        if (owned().isEmpty()) {
            List<String> files = firstFiles();
            if (!files.isEmpty()) {
                String why = Files.exists(record.file(), LinkOption.NOFOLLOW_LINKS)
                        ? "its record " + record.file().getFileName() + " is not one Gazette can read"
                        : "Gazette has no record of building it (" + record.file().getFileName() + " beside it)";
                throw refuse(why + ", and a build would delete the files it holds: " + sample(files),
                        "empty the folder (one built by a Gazette before December 2026, which kept no record, needs"
                                + " emptying once; a folder moved or renamed takes its record with it), or choose another"
                                + " folder with --output");
            }
        }
    }

    private static final String HINT = "choose an empty or new folder with --output";
    /** How many files a refusal looks for before it names some: sorted, so the same folder gives the same message. */
    private static final int LOOKED_FOR = 1000;

    /** Up to {@link #LOOKED_FOR} files (or links) in the folder, sorted; empty folders do not count. */
    private List<String> firstFiles() {
        List<String> found = new java.util.ArrayList<>();
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isDesktopLitter(file.getFileName().toString()) || isPagesMarker(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(relative(file));
                    return found.size() < LOOKED_FOR ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            throw refuse("cannot read it: " + e.getMessage(), HINT);
        }
        return found.stream().sorted().toList();
    }

    private BuildFailure refuse(String why, String hint) {
        return new BuildFailure(Problem.error(outputRel, 0, 0, "refusing to replace the output folder: " + why, hint));
    }

    /**
     * Writes one file; returns the failure instead of throwing it, so the other writes can finish.
     * Its callers have compared it with what is there already ({@link #differs}, {@link #early}), so
     * it is written without reading that again.
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
            }
            try {
                writeNoFollow(target, file);
            } catch (FileSystemException e) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                deleteTree(target); // an empty folder where the file goes, which a scan does not list
                writeNoFollow(target, file);
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

    /**
     * Whether the file holds {@code made}'s content; false when it is gone (since the folder was
     * listed) or is now a link. Both are read a slice at a time, a copied file's too.
     */
    private static boolean sameBytes(Path file, OutputFile made) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                InputStream content = made.open()) {
            if (in.size() != made.size()) {
                return false;
            }
            ByteBuffer slice = READ_SLICE.get();
            byte[] expected = HEAP_SLICE.get();
            for (long at = 0; at < made.size(); at += slice.limit()) {
                int length = (int) Math.min(SLICE, made.size() - at);
                slice.clear().limit(length);
                while (slice.hasRemaining()) {
                    if (in.read(slice) < 0) {
                        return false; // shorter than it was a moment ago
                    }
                }
                if (content.readNBytes(expected, 0, length) != length
                        || slice.flip().mismatch(ByteBuffer.wrap(expected, 0, length)) >= 0) {
                    return false;
                }
            }
            return content.read() < 0; // a copied file grown since it was listed is written again
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (FileSystemException e) {
            return false; // a link put there since the listing (O_NOFOLLOW refuses it): written over, never read through
        }
    }

    private static final ThreadLocal<byte[]> HEAP_SLICE = ThreadLocal.withInitial(() -> new byte[SLICE]);

    /** NOFOLLOW_LINKS: should a link appear at the path after the scan, opening fails instead of following it. */
    private static void writeNoFollow(Path target, OutputFile file) throws IOException {
        // The content is opened before the target is: a copy whose source can not be read leaves the
        // file there as it was, not emptied.
        try (InputStream in = file.open();
                FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            if (!file.isCopy()) {
                byte[] bytes = file.bytes();
                ByteBuffer all = ByteBuffer.wrap(bytes);
                while (all.position() < bytes.length) {
                    out.write(all.limit(Math.min(bytes.length, all.position() + SLICE)));
                }
                return;
            }
            byte[] slice = HEAP_SLICE.get();
            for (int n = in.read(slice); n >= 0; n = in.read(slice)) {
                ByteBuffer part = ByteBuffer.wrap(slice, 0, n);
                while (part.hasRemaining()) {
                    out.write(part);
                }
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

    /**
     * A file or folder Gazette keeps beside an output folder: {@code .site-output.staging} for
     * {@code site-output/} and {@code .staging}, and so on for the record, the lock and the others.
     */
    public static Path beside(Path output, String suffix) {
        return output.resolveSibling("." + output.getFileName() + suffix);
    }

    /** Deletes a folder and everything in it, or a file or link; never follows links out of it. Nothing when missing. */
    public static void deleteTree(Path dir) throws IOException {
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
