package io.salespipeline.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;

/**
 * An entity's embedded parts (value objects such as a lead's assessment) in the audit trail: each
 * of a part's fields is a field of the record, named by its column in camel case
 * ({@code assessment_viable}: {@code assessmentViable}), as if the record held it flat. The trail
 * reads the same whether a record keeps a value flat or in a part, and keeps or hides each value
 * by its own type (AuditValues), not by the part's.
 */
final class EmbeddedParts {

    private EmbeddedParts() {
    }

    static boolean isPart(EntityPersister persister, int property) {
        return persister.getPropertyTypes()[property] instanceof ComponentType;
    }

    /** The part's fields by audit name, with their values (all null for an absent part). */
    static Map<String, Object> fields(EntityPersister persister, int property, Object part) {
        ComponentType type = (ComponentType) persister.getPropertyTypes()[property];
        String name = persister.getPropertyNames()[property];
        String[] names = type.getPropertyNames();
        Object[] values = part == null ? new Object[names.length] : type.getPropertyValues(part);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            fields.put(auditName(persister, name + "." + names[i], names[i]), values[i]);
        }
        return fields;
    }

    private static String auditName(EntityPersister persister, String path, String field) {
        String[] columns = persister instanceof AbstractEntityPersister entity ? entity.getPropertyColumnNames(path)
                : null;
        if (columns == null || columns.length != 1) {
            return field;
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : columns[0].toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
