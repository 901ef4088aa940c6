package io.salespipeline.prospect.domain;

import io.salespipeline.platform.privacy.Erased;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the seller learned while orienting: the prospect's profile (with its decision makers)
 * and how it buys, by whom and when it was recorded. Each new description replaces the last.
 */
@Embeddable
public class Orientation {

    private String industry;
    private String companySize;
    private String businessModel;
    private String cultureNotes;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<DecisionMaker> decisionMakers;
    @Enumerated(EnumType.STRING)
    private ProcurementProcedure procurementProcedure;
    private String procurementNotes;
    private String procurementRfpReference;
    private LocalDate procurementDeadline;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ApprovalStep> procurementApprovalSteps;
    private String profiledBy;
    private Instant profiledAt;

    protected Orientation() {
        // for JPA
    }

    static Orientation of(Profile profile, Procurement procurement, String actor, Instant now) {
        Orientation orientation = new Orientation();
        orientation.industry = profile.industry();
        orientation.companySize = profile.companySize();
        orientation.businessModel = profile.businessModel();
        orientation.cultureNotes = profile.cultureNotes();
        orientation.decisionMakers = new ArrayList<>(profile.decisionMakers());
        orientation.procurementProcedure = procurement.procedure();
        orientation.procurementNotes = procurement.notes();
        orientation.procurementRfpReference = procurement.rfpReference();
        orientation.procurementDeadline = procurement.deadline();
        orientation.procurementApprovalSteps = procurement.approvalSteps().isEmpty() ? null
                : new ArrayList<>(procurement.approvalSteps());
        orientation.profiledBy = actor;
        orientation.profiledAt = now;
        return orientation;
    }

    Profile profile() {
        return new Profile(industry, companySize, businessModel, cultureNotes, decisionMakers);
    }

    Procurement procurement() {
        return new Procurement(procurementProcedure, procurementNotes, procurementRfpReference, procurementDeadline,
                procurementApprovalSteps);
    }

    /** The decision makers who are the erased person (by name) keep their role and influence, not their name. */
    void eraseDecisionMaker(String person) {
        if (decisionMakers != null) {
            decisionMakers = decisionMakers.stream()
                    .map(d -> Erased.sameName(d.name(), person) ? new DecisionMaker(Erased.NAME, d.role(), d.influence()) : d)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
    }
}
