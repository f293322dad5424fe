package gazette.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Fingerprints tell content apart, and the same content gives the same one however it is passed. */
class FingerprintTest {
    private static final byte[] PAGE = "<p>Astana — “strategic” partner, twelve bytes and more</p>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSliceFingerprintsAsItsCopy() {
        byte[] padded = new byte[PAGE.length + 5];
        System.arraycopy(PAGE, 0, padded, 3, PAGE.length);
        assertEquals(Fingerprint.of(PAGE), new Fingerprint().add(padded, 3, PAGE.length).value());
        assertNotEquals(Fingerprint.of(PAGE), new Fingerprint().add(padded, 2, PAGE.length).value());
    }

    @Test
    void oneChangedByteOrAMovedBoundaryChangesTheFingerprint() {
        byte[] edited = PAGE.clone();
        edited[PAGE.length - 6] ^= 1;
        assertNotEquals(Fingerprint.of(PAGE), Fingerprint.of(edited));
        assertNotEquals(new Fingerprint().add("ab").add("c").value(), new Fingerprint().add("a").add("bc").value());
    }

    @Test
    void aSliceOutsideItsArrayIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> new Fingerprint().add(PAGE, PAGE.length - 2, 3));
    }
}
