package gazette.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A view record as templates see it: {@code card.title} is the record's {@code title} component,
 * wrapped as any other value; a name that is not a component is missing, as {@code ??} expects.
 * {@code card.title()} reads it too, as Freemarker's bean model allows for records.
 *
 * <p>Why not Freemarker's own bean model: it reads a component through {@code Method.invoke}, which
 * asks for its caller's class on every call (and crossed into the JVM each time while the launcher
 * kept reflection native); pages read a few hundred components each, and on a 1,000-article build
 * that was 4 % of the CPU. Here each record class's accessors become method handles once.
 */
final class RecordModel implements MethodCallAwareTemplateHashModel, WrapperTemplateModel {
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    /** Each record class's components by name, or empty for a record whose accessors this code may not call. */
    private static final ClassValue<Optional<Map<String, MethodHandle>>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Optional<Map<String, MethodHandle>> computeValue(Class<?> type) {
            Map<String, MethodHandle> byName = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    byName.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(READ));
                } catch (IllegalAccessException e) {
                    return Optional.empty(); // not public: left to Freemarker's bean model
                }
            }
            return Optional.of(Map.copyOf(byName));
        }
    };

    private final Record record;
    private final Map<String, MethodHandle> components;
    private final ObjectWrapper wrapper;

    private RecordModel(Record record, Map<String, MethodHandle> components, ObjectWrapper wrapper) {
        this.record = record;
        this.components = components;
        this.wrapper = wrapper;
    }

    /** The model of a record whose components are public, or empty. */
    static Optional<TemplateModel> of(Record record, ObjectWrapper wrapper) {
        return COMPONENTS.get(record.getClass()).map(components -> new RecordModel(record, components, wrapper));
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        MethodHandle accessor = components.get(key);
        if (accessor == null) {
            return null;
        }
        Object value;
        try {
            value = (Object) accessor.invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
        }
        return wrapper.wrap(value);
    }

    /** The component's accessor as a method of no arguments, for {@code card.title()}. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) {
        if (!components.containsKey(key)) {
            return null;
        }
        return (TemplateMethodModelEx) arguments -> {
            if (!arguments.isEmpty()) {
                throw new TemplateModelException(key + "() takes no arguments");
            }
            return get(key);
        };
    }

    /** A record is a value, never empty (as Freemarker's bean model has it). */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }
}
