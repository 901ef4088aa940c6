package io.salespipeline.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Where a wire record's {@link Personal} components are: its own, those of the records it holds,
 * and those of records in its lists, found once per record class by reflection.
 */
final class PersonalShape {

    /** One personal text field met in an event's tree: the object holding it, its name and path. */
    record Field(ObjectNode node, String name, String person, String path) {
    }

    private record Part(String name, Personal personal, PersonalShape nested, boolean list) {
    }

    private static final Map<Class<?>, PersonalShape> SHAPES = new ConcurrentHashMap<>();

    private final List<Part> parts;

    private PersonalShape(List<Part> parts) {
        this.parts = parts;
    }

    static PersonalShape of(Class<?> type) {
        PersonalShape known = SHAPES.get(type);
        if (known != null) {
            return known;
        }
        PersonalShape shape = new PersonalShape(parts(type));
        SHAPES.put(type, shape);
        return shape;
    }

    boolean hasPersonalFields() {
        return !parts.isEmpty();
    }

    void forEachPersonal(JsonNode tree, BiConsumer<Deque<ObjectNode>, Field> action) {
        walk(tree, "", new ArrayDeque<>(), action);
    }

    private void walk(JsonNode node, String path, Deque<ObjectNode> parents, BiConsumer<Deque<ObjectNode>, Field> action) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        parents.addLast(object);
        for (Part part : parts) {
            String at = path + "/" + PersonalFields.escape(part.name());
            if (part.personal() != null) {
                action.accept(parents, new Field(object, part.name(), part.personal().person(), at));
            } else if (part.list() && object.get(part.name()) instanceof ArrayNode items) {
                for (int i = 0; i < items.size(); i++) {
                    part.nested().walk(items.get(i), at + "/" + i, parents, action);
                }
            } else if (!part.list()) {
                part.nested().walk(object.get(part.name()), at, parents, action);
            }
        }
        parents.removeLast();
    }

    private static List<Part> parts(Class<?> type) {
        List<Part> parts = new ArrayList<>();
        if (!type.isRecord()) {
            return parts;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Personal personal = component.getAnnotation(Personal.class);
            if (personal != null) {
                if (component.getType() != String.class) {
                    throw new IllegalStateException("@Personal " + type.getSimpleName() + "." + component.getName()
                            + " is not text");
                }
                parts.add(new Part(component.getName(), personal, null, false));
            } else if (component.getType().isRecord()) {
                PersonalShape nested = of(component.getType());
                if (nested.hasPersonalFields()) {
                    parts.add(new Part(component.getName(), null, nested, false));
                }
            } else if (Collection.class.isAssignableFrom(component.getType())
                    && element(component.getGenericType()) instanceof Class<?> element && element.isRecord()) {
                PersonalShape nested = of(element);
                if (nested.hasPersonalFields()) {
                    parts.add(new Part(component.getName(), null, nested, true));
                }
            }
        }
        return parts;
    }

    private static Type element(Type collection) {
        return collection instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : null;
    }
}
