package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the prospect buys: the procedure, anything the seller must know about it and, for a
 * formal RFP only, the RFP's reference, its submission deadline and the approval steps the
 * proposal must pass. Those three describe an RFP, so they are refused for other procedures.
 */
@Schema(description = "How the prospect buys; decides the proposal's format.")
public record Procurement(
        @Schema(required = true, description = "The procurement procedure.") ProcurementProcedure procedure,
        @Schema(nullable = true, description = "What the seller must know about it; null when nothing.",
                examples = "Orders above 50k EUR need the CFO's signature.") String notes,
        @Schema(nullable = true, description = "The RFP's reference (FORMAL_RFP only); null otherwise.",
                examples = "RFP-2026-017") String rfpReference,
        @Schema(nullable = true, description = "The RFP's submission deadline, a date (FORMAL_RFP only, required there); "
                + "null otherwise.", examples = "2026-04-30") LocalDate deadline,
        @Schema(required = true, description = "The approvals the proposal must pass (FORMAL_RFP only, 1 to 20 there); "
                + "empty otherwise.") List<ApprovalStep> approvalSteps) {

    static final int MAX_APPROVAL_STEPS = 20;

    public Procurement {
        Require.present("procurement.procedure", procedure);
        notes = Require.optionalText("procurement.notes", notes, 4000);
        rfpReference = Require.optionalText("procurement.rfpReference", rfpReference, 200);
        approvalSteps = approvalSteps == null ? List.of() : List.copyOf(approvalSteps);
        if (procedure == ProcurementProcedure.FORMAL_RFP) {
            Require.present("procurement.deadline", deadline);
            if (approvalSteps.isEmpty()) {
                throw new InvalidInputException("procurement.approvalSteps",
                        "a formal RFP needs at least one approval step");
            }
            if (approvalSteps.size() > MAX_APPROVAL_STEPS) {
                throw new InvalidInputException("procurement.approvalSteps",
                        "must list at most " + MAX_APPROVAL_STEPS);
            }
        } else if (rfpReference != null || deadline != null || !approvalSteps.isEmpty()) {
            String field = deadline != null ? "procurement.deadline"
                    : rfpReference != null ? "procurement.rfpReference" : "procurement.approvalSteps";
            throw new InvalidInputException(field, "applies only to the FORMAL_RFP procedure");
        }
    }

    /** A one-page quote or a purchase order: no RFP details. */
    public Procurement(ProcurementProcedure procedure, String notes) {
        this(procedure, notes, null, null, null);
    }
}
