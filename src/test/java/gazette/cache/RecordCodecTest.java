package gazette.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entries of a cache file are read as slices of the one array the file was read into. */
class RecordCodecTest {
    @Test
    void aSliceReadsOnlyItsOwnBytesAndSharesTheArray() {
        RecordCodec.Out out = new RecordCodec.Out(16);
        out.writeString("first");
        out.writeBytes(new byte[] {1, 2, 3});
        out.writeString("after");
        byte[] file = out.toByteArray();

        RecordCodec.In in = new RecordCodec.In(file);
        assertEquals("first", in.readString());
        RecordCodec.Slice slice = in.readSlice();
        assertSame(file, slice.array(), "the bytes are not copied");
        assertEquals(3, slice.length());

        RecordCodec.In entry = new RecordCodec.In(slice);
        assertEquals(1, entry.readByte());
        assertEquals(2, entry.readByte());
        assertEquals(3, entry.readByte());
        assertTrue(entry.atEnd(), "the slice ends before the next record of the file");
        assertThrows(RecordCodec.CorruptCache.class, entry::readByte, "reading on would run into the next record");
        assertEquals("after", in.readString());
        assertTrue(in.atEnd());
    }

    @Test
    void aLengthPastTheEndOfASliceIsDamageNotAReadIntoTheNextEntry() {
        RecordCodec.Out out = new RecordCodec.Out(16);
        out.writeLong(5); // claims five bytes, but the slice below holds only two after the length
        out.writeByte('a');
        out.writeByte('b');
        out.writeString("next entry");
        byte[] file = out.toByteArray();
        RecordCodec.In in = new RecordCodec.In(new RecordCodec.Slice(file, 0, 3));
        assertThrows(RecordCodec.CorruptCache.class, in::readString);
    }
}
