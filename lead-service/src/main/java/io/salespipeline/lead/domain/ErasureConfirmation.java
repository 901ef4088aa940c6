package io.salespipeline.lead.domain;

import java.time.Instant;

/** One service's confirmation that it anonymised what it held of the person. */
public record ErasureConfirmation(String service, int recordsAnonymised, Instant confirmedAt) {
}
