package io.salespipeline.lead.domain;

/** What an import does with a row it cannot take. */
public enum ImportMode {
    /** Bad rows are reported and left out; every good row is imported. */
    SKIP_BAD_ROWS,
    /** One bad row and nothing of the file is imported; every bad row is reported. */
    ALL_OR_NOTHING
}
