package gazette.build;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints how long each stage of a build took, to standard error, when the system property
 * {@code gazette.timings} is set ({@code java -Dgazette.timings -jar gazette.jar build}); for
 * profiling, silent otherwise. Beside the wall time it prints the CPU time of the whole process in
 * the stage (every thread: both cores' work, the JIT compilers and the collector too) and, of that,
 * the compilers' and the collector's time as the JVM counts them, since on two cores they compete
 * with the build for the same CPUs.
 */
final class PhaseTimer {
    private static final boolean ON = System.getProperty("gazette.timings") != null;
    private final PrintStream err = System.err;
    private long last = System.nanoTime();
    private long lastCpu = ON ? processCpu() : 0;
    private long lastJit = ON ? jit() : 0;
    private long lastGc = ON ? gc() : 0;

    void lap(String phase) {
        if (ON) {
            long now = System.nanoTime();
            long cpu = processCpu();
            long jit = jit();
            long gc = gc();
            err.printf(Locale.ROOT, "gazette: %-20s %6d ms  cpu %6d ms  jit %5d ms  gc %5d ms%n", phase,
                    (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000, jit - lastJit, gc - lastGc);
            last = now;
            lastCpu = cpu;
            lastJit = jit;
            lastGc = gc;
        }
    }

    /** CPU time of every thread of the process, in nanoseconds, or 0 where the JVM does not say. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Milliseconds the JIT compilers have worked, summed over their threads. */
    private static long jit() {
        var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    /** Milliseconds spent collecting garbage so far. */
    private static long gc() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
