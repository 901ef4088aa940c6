package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;

/** One approval a formal RFP passes through at the prospect (e.g. "Technical evaluation", by "IT architecture board"). */
public record ApprovalStep(String step, String approver) {

    public ApprovalStep {
        step = Require.text("procurement.approvalSteps.step", step, 200);
        approver = Require.optionalText("procurement.approvalSteps.approver", approver, 200);
    }
}
