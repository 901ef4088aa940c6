package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * How the prospect buys: the procedure, anything the seller must know about it and, for a
 * formal RFP only, the RFP's reference, its submission deadline and the approval steps the
 * proposal must pass. Those three describe an RFP, so they are refused for other procedures.
 */
public record Procurement(ProcurementProcedure procedure, String notes, String rfpReference, LocalDate deadline,
        List<ApprovalStep> approvalSteps) {

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
