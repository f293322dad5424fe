package gazette.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes Ctrl-C (SIGINT, SIGTERM) leave the output folder as the last build left it or as this one
 * makes it, never half of each. Publishing changes the folder in place, file by file; a JVM stopped
 * in the middle left thousands of stale pages beside new ones, and folders no listing saw again. A
 * JVM runs its shutdown hooks to the end while the other threads go on, so the hook waits for a
 * publishing step under way to finish, and once it has run no publishing step starts. What a build
 * began beside the folder before publishing (the staging folder, the file of changed pages) is
 * removed by the cleanups registered here, since no publishing will take it in.
 */
final class PublishGuard {
    /** The one guard of this JVM, whose hook is registered when first used. */
    static final PublishGuard JVM = new PublishGuard(true);

    private int publishing;
    private boolean stopped;
    private final Set<Runnable> cleanups = new LinkedHashSet<>();

    PublishGuard(boolean hook) {
        if (hook) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "gazette-publish-guard"));
        }
    }

    /**
     * Starts a publishing step, which {@link #stop} waits for; call {@link #end} when it is over.
     *
     * @return false when the JVM is stopping: nothing may be published then
     */
    synchronized boolean begin() {
        if (stopped) {
            return false;
        }
        publishing++;
        return true;
    }

    synchronized void end() {
        publishing--;
        notifyAll();
    }

    /** Whether a publishing step is under way. */
    synchronized boolean publishing() {
        return publishing > 0;
    }

    /** Whether the JVM is stopping, so work meant for a publishing step is pointless. */
    synchronized boolean stopped() {
        return stopped;
    }

    /** Runs {@code cleanup} should the JVM stop before it is {@link #forget forgotten}. */
    synchronized void onStop(Runnable cleanup) {
        cleanups.add(cleanup);
    }

    synchronized void forget(Runnable cleanup) {
        cleanups.remove(cleanup);
    }

    /** The shutdown hook: waits for publishing under way, bars any more, then runs the cleanups. */
    void stop() {
        List<Runnable> toRun;
        synchronized (this) {
            stopped = true;
            if (publishing > 0) { // the wait may be seconds on a large site: say why Ctrl-C has not stopped it yet
                System.err.println("Interrupted while publishing: finishing it, so the site is left whole");
            }
            boolean interrupted = false;
            while (publishing > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the folder must not be left half written: keep waiting
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            toRun = new ArrayList<>(cleanups);
            cleanups.clear();
        }
        toRun.forEach(Runnable::run);
    }
}
