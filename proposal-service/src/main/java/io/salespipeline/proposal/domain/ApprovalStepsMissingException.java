package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.util.List;

/** Refuses the acceptance of a formal proposal whose RFP approval steps at the customer are not all recorded. */
public class ApprovalStepsMissingException extends IllegalTransitionException {

    private final List<String> missingSteps;

    public ApprovalStepsMissingException(List<String> missingSteps) {
        super("proposal", ProposalStatus.SENT, "acceptance", "The customer's RFP approval steps must all be recorded "
                + "before the acceptance; still missing: " + String.join(", ", missingSteps) + ".");
        this.missingSteps = List.copyOf(missingSteps);
    }

    public List<String> missingSteps() {
        return missingSteps;
    }
}
