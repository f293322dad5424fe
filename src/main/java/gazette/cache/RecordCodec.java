package gazette.cache;

import gazette.content.Utf8Text;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes records to bytes and reads them back, driven by the records' declared component types:
 * strings, numbers, booleans, enums, dates, nested records, and {@code Optional}, {@code List} and
 * {@code Map} (string keys) of those. Records are rebuilt through their canonical constructors, so
 * whatever they check on construction is checked again. The format has no class names in it and
 * can only rebuild the type it is asked for; it is a cache format, read by the same Gazette that
 * wrote it (the cache file records the version and is dropped on any other).
 */
final class RecordCodec {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordCodec() {
    }

    /**
     * A record type's components and canonical constructor, as method handles: a rebuild from the cache
     * of a 10,000-article site makes some 200,000 records, and through reflection, which the launcher
     * keeps native for short runs, each call cost about half a microsecond.
     */
    private record Shape(MethodHandle[] accessors, Type[] types, MethodHandle constructor) {
        /** {@code (Object) -> Object} for an accessor, {@code (Object[]) -> Object} for the constructor. */
        private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Object.class);
        private static final MethodType CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = lookup.unreflect(accessor).asType(ACCESSOR);
                    types[i] = components[i].getGenericType();
                    raw[i] = components[i].getType();
                }
                Constructor<?> constructor = type.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
                return new Shape(accessors, types,
                        lookup.unreflectConstructor(constructor).asSpreader(Object[].class, raw.length).asType(CONSTRUCTOR));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("no canonical constructor to call in " + type, e);
            }
        }
    }

    static void write(Out out, Object value, Type type) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            out.writeLong((Integer) value);
            return;
        }
        if (raw == long.class) {
            out.writeLong((Long) value);
            return;
        }
        if (raw == boolean.class) {
            out.writeByte((Boolean) value ? 1 : 0);
            return;
        }
        if (value == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        if (raw == String.class) {
            out.writeString((String) value);
        } else if (raw == Utf8Text.class) {
            ((Utf8Text) value).writeTo(out::writeBytes);
        } else if (raw == Integer.class || raw == Long.class) {
            out.writeLong(((Number) value).longValue());
        } else if (raw == Boolean.class) {
            out.writeByte((Boolean) value ? 1 : 0);
        } else if (raw.isEnum()) {
            out.writeString(((Enum<?>) value).name());
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw == OffsetDateTime.class) {
            // As numbers: parsing the text back was a third of decoding the cache.
            OffsetDateTime moment = (OffsetDateTime) value;
            out.writeLong(moment.toEpochSecond());
            out.writeLong(moment.getNano());
            out.writeLong(moment.getOffset().getTotalSeconds());
        } else if (raw == Optional.class) {
            write(out, ((Optional<?>) value).orElse(null), argument(type, 0));
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeLong(list.size());
            Type item = argument(type, 0);
            for (Object o : list) {
                write(out, o, item);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeLong(map.size());
            Type valueType = argument(type, 1);
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                out.writeString((String) e.getKey());
                write(out, e.getValue(), valueType);
            }
        } else if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            for (int i = 0; i < shape.accessors().length; i++) {
                write(out, component(shape.accessors()[i], value), shape.types()[i]);
            }
        } else {
            throw new IllegalArgumentException("the cache can not hold a " + type);
        }
    }

    private static Object component(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) { // an accessor declares no checked exception
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object read(In in, Type type) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return Math.toIntExact(in.readLong());
        }
        if (raw == long.class) {
            return in.readLong();
        }
        if (raw == boolean.class) {
            return in.readByte() != 0;
        }
        if (in.readByte() == 0) {
            return raw == Optional.class ? Optional.empty() : null;
        }
        if (raw == String.class) {
            return in.readString();
        } else if (raw == Utf8Text.class) {
            return in.readText();
        } else if (raw == Integer.class) {
            return Math.toIntExact(in.readLong());
        } else if (raw == Long.class) {
            return in.readLong();
        } else if (raw == Boolean.class) {
            return in.readByte() != 0;
        } else if (raw.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) raw, in.readString());
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (raw == OffsetDateTime.class) {
            long second = in.readLong();
            int nano = Math.toIntExact(in.readLong());
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.toIntExact(in.readLong()));
            return OffsetDateTime.of(LocalDateTime.ofEpochSecond(second, nano, offset), offset);
        } else if (raw == Optional.class) {
            return Optional.ofNullable(read(in, argument(type, 0)));
        } else if (raw == List.class) {
            int n = Math.toIntExact(in.readLong());
            Type item = argument(type, 0);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(read(in, item));
            }
            return list;
        } else if (raw == Map.class) {
            int n = Math.toIntExact(in.readLong());
            Type valueType = argument(type, 1);
            Map<String, Object> map = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                map.put(in.readString(), read(in, valueType));
            }
            return map;
        } else if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            Object[] args = new Object[shape.types().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = read(in, shape.types()[i]);
            }
            try {
                return (Object) shape.constructor().invokeExact(args);
            } catch (RuntimeException e) { // what the record's constructor checks, or a component of the wrong type
                throw new CorruptCache("cannot rebuild " + raw.getSimpleName() + " " + Arrays.toString(args), e);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) { // a canonical constructor declares no checked exception
                throw new IllegalStateException("cannot rebuild " + raw.getSimpleName(), e);
            }
        }
        throw new IllegalArgumentException("the cache can not hold a " + type);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("the cache can not hold a " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("no type argument in " + type);
    }

    /** The cache file is damaged or was written by something else; the build starts afresh. */
    static final class CorruptCache extends RuntimeException {
        CorruptCache(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A growing byte buffer. */
    static final class Out {
        private byte[] buf;
        private int size;

        Out() {
            this(1 << 16);
        }

        Out(int capacity) {
            buf = new byte[capacity];
        }

        void writeByte(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        /** Variable length: small numbers, the common case, take one byte. */
        void writeLong(long v) {
            long zigzag = v << 1 ^ v >> 63;
            ensure(10);
            while ((zigzag & ~0x7FL) != 0) {
                buf[size++] = (byte) (zigzag & 0x7F | 0x80);
                zigzag >>>= 7;
            }
            buf[size++] = (byte) zigzag;
        }

        void writeString(String s) {
            writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        /** The bytes as they are, without their length: for what the reader knows the length of. */
        void writeRaw(byte[] bytes) {
            writeRaw(bytes, 0, bytes.length);
        }

        private void writeRaw(byte[] bytes, int from, int length) {
            ensure(length);
            System.arraycopy(bytes, from, buf, size, length);
            size += length;
        }

        /** A length, then the bytes as they are. */
        void writeBytes(byte[] bytes) {
            writeBytes(bytes, 0, bytes.length);
        }

        void writeBytes(byte[] bytes, int from, int length) {
            writeLong(length);
            writeRaw(bytes, from, length);
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Part of a byte array, shared and not copied: neither side may change the array after. */
    record Slice(byte[] array, int from, int length) {
        Slice {
            Objects.checkFromIndexSize(from, length, array.length);
        }

        static Slice of(byte[] array) {
            return new Slice(array, 0, array.length);
        }
    }

    /** Reads what {@link Out} wrote; running past the end means a damaged file. */
    static final class In {
        private final byte[] buf;
        private final int start;
        private final int end;
        private int pos;

        In(byte[] buf) {
            this(Slice.of(buf));
        }

        /** Reads only the slice's bytes of its array. */
        In(Slice slice) {
            this.buf = slice.array();
            this.start = slice.from();
            this.end = slice.from() + slice.length();
            this.pos = start;
        }

        /** How many bytes have been read. */
        int position() {
            return pos - start;
        }

        int readByte() {
            if (pos >= end) {
                throw new CorruptCache("the cache file ends early", null);
            }
            return buf[pos++];
        }

        long readLong() {
            long zigzag = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = readByte();
                zigzag |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return zigzag >>> 1 ^ -(zigzag & 1);
                }
            }
            throw new CorruptCache("a number in the cache file is too long", null);
        }

        String readString() {
            int n = length();
            return new String(buf, pos - n, n, StandardCharsets.UTF_8);
        }

        /** A string left as the UTF-8 bytes of this buffer, decoded when first read: the buffer must not change after. */
        Utf8Text readText() {
            int n = length();
            return Utf8Text.ofUtf8(buf, pos - n, n);
        }

        byte[] readBytes() {
            int n = length();
            return Arrays.copyOfRange(buf, pos - n, pos);
        }

        /** As {@link #readBytes}, but the bytes stay in this buffer: it must not change after. */
        Slice readSlice() {
            int n = length();
            return new Slice(buf, pos - n, n);
        }

        /** Reads a length and steps over that many bytes, which must be there; returns the length. */
        private int length() {
            int n = Math.toIntExact(readLong());
            if (n < 0 || n > end - pos) {
                throw new CorruptCache("the cache file ends early", null);
            }
            pos += n;
            return n;
        }

        boolean atEnd() {
            return pos == end;
        }
    }
}
