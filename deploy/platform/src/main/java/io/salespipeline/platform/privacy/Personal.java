package io.salespipeline.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text component of an event's wire record as a person's data: the outbox stores it
 * encrypted with that person's data key ({@link PersonalFields}), so destroying the key at the
 * person's erasure makes it unreadable on every topic, while the rest of the event stays readable.
 * {@link #person()} names the property that holds the person's id (a UUID): looked up in the
 * record holding the field, then in each record around it, out to the event itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {

    String person();
}
