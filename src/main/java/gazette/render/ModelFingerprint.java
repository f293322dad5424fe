package gazette.render;

import gazette.content.Html;
import gazette.source.Fingerprint;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fingerprints what a template sees. A page is a function of its template and its data model and
 * nothing else (templates can not reach the clock, files or Java), so two builds that give a page
 * the same template and the same model give it the same bytes, and the second need not render it.
 *
 * <p>Models are built from strings, numbers, booleans, enums, {@link Html}, records, lists, maps
 * and optionals; anything else is a programming error and fails loudly rather than be skipped.
 */
final class ModelFingerprint {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private ModelFingerprint() {
    }

    /**
     * Fingerprints of records worked out before. A memo must answer for every instance of a record
     * type it knows, or for none, so that the same model always gives the same key.
     */
    interface Memo {
        Memo NONE = record -> null;

        /** The record's fingerprint, or null to fingerprint it field by field. */
        Fingerprint.Value known(Record record);

        /** The fingerprints of the list entries the cache made. */
        static Memo of(ViewCache cache) {
            return cache::fingerprint;
        }
    }

    static Fingerprint.Value of(Fingerprint.Value template, Map<String, Object> model, Memo memo) {
        Fingerprint f = new Fingerprint().add(template);
        add(f, model, memo);
        return f.value();
    }

    static void add(Fingerprint f, Object value) {
        add(f, value, Memo.NONE);
    }

    static void add(Fingerprint f, Object value, Memo memo) {
        if (value == null) {
            f.tag(0);
        } else if (value instanceof String s) {
            f.tag(1).add(s);
        } else if (value instanceof Html html) {
            // As UTF-8, which an article's markup is held as: hashing it needs no decoding.
            html.markup().writeTo(f.tag(2)::add);
        } else if (value instanceof Boolean b) {
            f.tag(3).add(b ? 1 : 0);
        } else if (value instanceof Integer || value instanceof Long) {
            f.tag(4).add(((Number) value).longValue());
        } else if (value instanceof Enum<?> e) {
            f.tag(5).add(e.getDeclaringClass().getName()).add(e.name());
        } else if (value instanceof List<?> list) {
            f.tag(6).add(list.size());
            for (Object item : list) {
                add(f, item, memo);
            }
        } else if (value instanceof Map<?, ?> map) {
            // Sorted, so a HashMap's iteration order can not make equal models look different.
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v));
            f.tag(7).add(sorted.size());
            sorted.forEach((k, v) -> {
                f.add(k);
                add(f, v, memo);
            });
        } else if (value instanceof Optional<?> o) {
            f.tag(8);
            add(f, o.orElse(null), memo);
        } else if (value instanceof Record r) {
            Fingerprint.Value known = memo.known(r);
            if (known != null) {
                f.tag(10).add(known);
            } else {
                addRecord(f, r, memo);
            }
        } else {
            throw new IllegalArgumentException("a template model holds a " + value.getClass().getName()
                    + ", which can not be fingerprinted");
        }
    }

    private static void addRecord(Fingerprint f, Record r, Memo memo) {
        f.tag(9).add(r.getClass().getName());
        for (Method accessor : ACCESSORS.get(r.getClass())) {
            try {
                add(f, accessor.invoke(r), memo);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
    }
}
