package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.time.LocalDate;

/** Refuses sending a formal proposal after the RFP's submission deadline (the whole deadline day counts, UTC). */
public class RfpDeadlinePassedException extends IllegalTransitionException {

    private final LocalDate deadline;

    public RfpDeadlinePassedException(String rfpReference, LocalDate deadline) {
        super("proposal", ProposalStatus.DRAFT, "sending", "The RFP" + (rfpReference == null ? "" : " " + rfpReference)
                + " closed for submissions on " + deadline + ": a proposal can no longer be sent for it.");
        this.deadline = deadline;
    }

    public LocalDate deadline() {
        return deadline;
    }
}
