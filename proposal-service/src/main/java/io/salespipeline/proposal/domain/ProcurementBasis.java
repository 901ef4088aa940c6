package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a proposal is built on, from the prospect's hand-over: the customer's procurement
 * procedure (which decides the format), the seller's notes on it, the RFP's references (a formal
 * proposal only) and the applications with their savings. Replaced as a whole by a new hand-over.
 */
@Embeddable
public class ProcurementBasis {

    @Enumerated(EnumType.STRING)
    private ProcurementProcedure procurementProcedure;
    private String procurementNotes;
    @Enumerated(EnumType.STRING)
    private ProposalFormat format;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ApplicationSummary> applications;
    @JdbcTypeCode(SqlTypes.JSON)
    private RfpDetails rfp;

    protected ProcurementBasis() {
        // for JPA
    }

    /** The format follows the procedure; RFP references are kept for a formal proposal only. */
    static ProcurementBasis of(Procurement procurement, RfpDetails rfp, List<ApplicationSummary> applications) {
        ProcurementBasis basis = new ProcurementBasis();
        basis.procurementProcedure = Require.present("procurement.procedure", procurement.procedure());
        basis.procurementNotes = Require.optionalText("procurement.notes", procurement.notes(), 4000);
        basis.format = basis.procurementProcedure.format();
        basis.applications = applications == null ? List.of() : List.copyOf(applications);
        basis.rfp = basis.format == ProposalFormat.FORMAL_PROPOSAL ? rfp : null;
        return basis;
    }

    public Procurement procurement() {
        return new Procurement(procurementProcedure, procurementNotes);
    }

    public ProposalFormat format() {
        return format;
    }

    public List<ApplicationSummary> applications() {
        return applications;
    }

    /** Null unless the format is FORMAL_PROPOSAL. */
    public RfpDetails rfp() {
        return rfp;
    }
}
