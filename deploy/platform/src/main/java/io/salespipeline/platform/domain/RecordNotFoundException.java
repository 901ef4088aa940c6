package io.salespipeline.platform.domain;

/** No record with that id (or none the caller may see): answered with 404. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String record, Object id) {
        super("No " + record + " with id " + id + ".");
    }
}
