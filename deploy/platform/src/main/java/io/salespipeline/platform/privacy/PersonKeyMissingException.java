package io.salespipeline.platform.privacy;

import java.util.UUID;

/**
 * An encrypted field names a data key this service has not received yet (its record on
 * {@code privacy.person-keys} is on its way): the inbox tries the event again for a while.
 */
public class PersonKeyMissingException extends RuntimeException {

    public PersonKeyMissingException(UUID keyId) {
        super("Data key " + keyId + " is not known here yet");
    }
}
