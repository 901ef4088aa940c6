package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One approval a formal RFP passes through at the prospect (e.g. "Technical evaluation", by "IT architecture board"). */
@Schema(description = "One approval a formal RFP passes through at the prospect.")
public record ApprovalStep(
        @Schema(required = true, description = "The step.", examples = "Technical evaluation") String step,
        @Schema(nullable = true, description = "Who approves it; null when unknown.", examples = "IT architecture board")
        String approver) {

    public ApprovalStep {
        step = Require.text("procurement.approvalSteps.step", step, 200);
        approver = Require.optionalText("procurement.approvalSteps.approver", approver, 200);
    }
}
