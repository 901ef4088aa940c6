package io.salespipeline.lead.domain;

/** QUEUED → RUNNING → COMPLETED | FAILED. A failed import says what was done in {@code failure}. */
public enum ImportState {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
