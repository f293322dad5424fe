package gazette.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 128-bit fingerprint of content, for telling whether a file or a page changed since the last
 * build. Not cryptographic: it guards against accidents (an edit that happens to keep the same
 * fingerprint), for which 128 bits are more than enough, and it is several times faster than a
 * cryptographic digest on the tens of megabytes a large site hashes per build.
 *
 * <p>Feed values with the {@code add} methods; each value is framed by its kind and length, so
 * {@code add("ab").add("c")} and {@code add("a").add("bc")} differ.
 */
public final class Fingerprint {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;

    /** The fingerprint of a byte array. */
    public static Value of(byte[] bytes) {
        return new Fingerprint().add(bytes).value();
    }

    public Fingerprint add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    /** Adds {@code length} bytes of {@code bytes} from {@code from}, as {@link #add(byte[])} would their copy. */
    public Fingerprint add(byte[] bytes, int from, int length) {
        java.util.Objects.checkFromIndexSize(from, length, bytes.length);
        word(0x0B, length);
        int i = from;
        int end = from + length;
        for (; i + 8 <= end; i += 8) {
            round((long) LONGS.get(bytes, i));
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (bytes[i] & 0xFFL) << shift;
        }
        round(tail);
        return this;
    }

    public Fingerprint add(String s) {
        if (s == null) {
            return tag(0);
        }
        int n = s.length();
        word(0x5A, n);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            round((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        long tail = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            tail |= (long) s.charAt(i) << shift;
        }
        round(tail);
        return this;
    }

    public Fingerprint add(long v) {
        return word(0x1C, v);
    }

    public Fingerprint add(Value v) {
        word(0x7E, v.high());
        round(v.low());
        return this;
    }

    /** A marker for a kind of value (null, a list's start, a record's start), so structures frame their parts. */
    public Fingerprint tag(int kind) {
        round(0xFEED0000L | kind);
        return this;
    }

    private Fingerprint word(int kind, long v) {
        tag(kind);
        round(v);
        return this;
    }

    private void round(long v) {
        a = Long.rotateLeft(a ^ v * P1, 31) * P2 + P3;
        b = Long.rotateLeft(b + v * P3, 27) * P4 ^ a;
    }

    public Value value() {
        return new Value(mix(a ^ Long.rotateLeft(b, 17)), mix(b + a * P1));
    }

    private static long mix(long z) {
        z = (z ^ z >>> 33) * 0xFF51AFD7ED558CCDL;
        z = (z ^ z >>> 33) * 0xC4CEB9FE1A85EC53L;
        return z ^ z >>> 33;
    }

    /** A finished fingerprint. */
    public record Value(long high, long low) {
        // Written out, not left to the record's generated methods, which go through a method handle
        // that the C1 compiler (all a short build uses) does not inline: a build compares and hashes
        // tens of thousands of these.
        @Override
        public boolean equals(Object o) {
            return o instanceof Value v && v.high == high && v.low == low;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(high * 31 + low);
        }

        @Override
        public String toString() {
            return "%016x%016x".formatted(high, low);
        }
    }
}
