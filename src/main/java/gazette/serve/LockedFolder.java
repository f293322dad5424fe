package gazette.serve;

import gazette.output.FolderSink;
import gazette.render.EarlyOutput;
import gazette.render.OutputFile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * The output folder, changed only under the write lock, so a request (which reads under the read
 * lock) sees the site before a rebuild or after it, never a mix.
 */
final class LockedFolder implements FolderSink {
    private final FolderSink folder;
    private final ReadWriteLock lock;

    LockedFolder(FolderSink folder, ReadWriteLock lock) {
        this.folder = folder;
        this.lock = lock;
    }

    @Override
    public Map<String, Long> scan() {
        return folder.scan();
    }

    @Override
    public void checkReplaceable() {
        folder.checkReplaceable();
    }

    @Override
    public int publish(List<OutputFile> files, Collection<String> taken, Map<String, Long> listed) {
        lock.writeLock().lock();
        try {
            return folder.publish(files, taken, listed);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Without the lock: it only reads the folder, or writes beside it, and this process is not publishing while it renders. */
    @Override
    public EarlyOutput early(Map<String, Long> listed) {
        return folder.early(listed);
    }

    @Override
    public void abandon() {
        folder.abandon();
    }

    @Override
    public int update(List<OutputFile> changed, Collection<String> gone) {
        lock.writeLock().lock();
        try {
            return folder.update(changed, gone);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
