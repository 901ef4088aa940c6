package io.salespipeline.platform.openapi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.Reference;

/** The component schemas a part of the document refers to ({@code $ref}), at any depth. */
final class References {

    private static final String SCHEMAS = "#/components/schemas/";

    private References() {
    }

    static void of(Object part, Set<String> schemaNames) {
        walk(part, schemaNames, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object part, Set<String> names, Set<Object> seen) {
        if (part == null || !seen.add(part)) {
            return;
        }
        if (part instanceof Map<?, ?> map) {
            map.values().forEach(value -> walk(value, names, seen));
        } else if (part instanceof Collection<?> collection) {
            collection.forEach(value -> walk(value, names, seen));
        } else if (part instanceof Constructible) {
            if (part instanceof Reference<?> reference && reference.getRef() != null
                    && reference.getRef().startsWith(SCHEMAS)) {
                names.add(reference.getRef().substring(SCHEMAS.length()));
            }
            for (Method getter : modelGetters(part)) {
                try {
                    walk(getter.invoke(part), names, seen);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    // not a part of the model
                }
            }
        }
    }

    /** The model interfaces' getters (the implementation's own methods are not the document). */
    private static java.util.List<Method> modelGetters(Object part) {
        java.util.List<Method> getters = new java.util.ArrayList<>();
        // The model interface may be implemented by a superclass of the implementation.
        for (Class<?> type = part.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> model : type.getInterfaces()) {
                collect(model, getters);
            }
        }
        return getters;
    }

    private static void collect(Class<?> type, java.util.List<Method> getters) {
        if (!type.getName().startsWith("org.eclipse.microprofile.openapi.models")) {
            return;
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().startsWith("get")
                    && !method.getReturnType().isPrimitive() && method.getReturnType() != String.class) {
                getters.add(method);
            }
        }
    }
}
