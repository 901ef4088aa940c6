package io.salespipeline.platform.audit;

import java.time.temporal.Temporal;
import java.util.UUID;

/**
 * Which values the audit trail keeps. States, flags, numbers, times and ids are kept with their
 * old and new values; text and structured values (names, e-mails, notes, JSON, embedded parts)
 * are only named as changed: they may hold personal data, and an erased person must not live on
 * in the audit trail.
 */
public final class AuditValues {

    private AuditValues() {
    }

    public static boolean keepsValue(Class<?> type) {
        return type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type)
                || Boolean.class == type || Temporal.class.isAssignableFrom(type) || UUID.class == type;
    }

    /** The value as the trail shows it, or null when the value is not kept (or absent). */
    public static Object shown(Object value) {
        if (value == null) {
            return null;
        }
        if (!keepsValue(value.getClass()) && !(value instanceof Enum<?>)) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
