package io.salespipeline.lead.domain;

/** Intake of an address on the do-not-contact register: answered 422 problem+json, nothing stored. */
public class DoNotContactException extends RuntimeException {

    public DoNotContactException() {
        super("This person asked not to be contacted; their address is on the do-not-contact register.");
    }
}
