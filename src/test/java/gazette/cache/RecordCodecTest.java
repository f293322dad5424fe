package gazette.cache;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a cache file holds comes back as it was written; entries are read as slices of the one array the file was read into. */
class RecordCodecTest {
    private record Dated(LocalDate day, Optional<OffsetDateTime> moment, List<String> tags, Map<String, Long> sizes) {
    }

    private record Positive(int n) {
        Positive {
            if (n <= 0) {
                throw new IllegalArgumentException("not positive: " + n);
            }
        }
    }

    private static Object roundTrip(Object value, Class<?> type) {
        RecordCodec.Out out = new RecordCodec.Out(8);
        RecordCodec.write(out, value, type);
        RecordCodec.In in = new RecordCodec.In(out.toByteArray());
        Object back = RecordCodec.read(in, type);
        assertTrue(in.atEnd(), "read whole");
        return back;
    }

    @Test
    void recordsWithDatesAndMomentsComeBackEqual() {
        for (Dated value : List.of(
                new Dated(LocalDate.of(2013, 6, 30), Optional.of(OffsetDateTime.of(2013, 6, 30, 9, 15, 42, 123_456_789, ZoneOffset.ofHours(6))),
                        List.of("trade", "human rights"), Map.of("index.html", 11_812L, "feed.xml", 0L)),
                new Dated(LocalDate.of(1994, 3, 5), Optional.of(OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(-3, -30))),
                        List.of(), Map.of()),
                new Dated(LocalDate.of(-44, 3, 15), Optional.empty(), List.of("é"), Map.of()))) {
            Dated back = (Dated) roundTrip(value, Dated.class);
            assertEquals(value, back);
            assertEquals(value.moment().map(OffsetDateTime::getOffset), back.moment().map(OffsetDateTime::getOffset), "the same offset, not only the same instant");
        }
    }

    @Test
    void aValueTheRecordsConstructorRejectsIsDamage() {
        assertEquals(new Positive(3), roundTrip(new Positive(3), Positive.class));
        RecordCodec.Out out = new RecordCodec.Out(8);
        out.writeByte(1); // a record, not null
        out.writeLong(0);
        RecordCodec.CorruptCache damage = assertThrows(RecordCodec.CorruptCache.class,
                () -> RecordCodec.read(new RecordCodec.In(out.toByteArray()), Positive.class));
        assertTrue(damage.getCause() instanceof IllegalArgumentException, String.valueOf(damage.getCause()));
    }

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
