package io.salespipeline.prospect.domain;

import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.prospect.events.ProspectReadyForProposal;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A qualified lead the seller is turning into a buyer: first building rapport (a log of
 * interactions), then learning its business, how it buys and where the products would save it
 * money or time. It becomes READY_FOR_PROPOSAL only with a profile, a procurement procedure
 * and at least one quantified application; it can be LOST from any open state. Its owner is the
 * seller who works the deal, copied from LeadQualified (a sales manager may assign another); null:
 * visible to sales managers only.
 */
@Entity
@Table(name = "prospect")
// Who works it (OwnedRecord); the sharing list lives in V20's table.
@AssociationOverride(name = "sharedWith",
        joinTable = @JoinTable(name = "prospect_shared_with", joinColumns = @JoinColumn(name = "prospect_id")))
public class Prospect extends OwnedRecord {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private ProspectStatus status;
    private UUID dealId;
    private UUID leadId;

    private String personName;
    private String email;
    private String phone;
    private String company;
    private String jobTitle;
    private String country;

    private String sourceKind;
    private String sourceDetail;

    private String assessmentReasons;
    private String assessedBy;
    private Instant assessedAt;
    private String interestChannel;
    private String interestTopics;
    private Instant interestExpressedAt;
    private Instant qualifiedAt;

    @Enumerated(EnumType.STRING)
    private InterestLevel interestLevel;
    private LocalDate nextFollowUpOn;
    private Instant lastInteractionAt;

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

    @OneToMany(mappedBy = "prospect", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Application> applications = new ArrayList<>();

    /** Annualised sums of the applications' savings, kept current as applications are added. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Savings savings;

    private UUID rejectedProposalId;
    private Integer rejectedProposalVersion;
    private String rejectionReason;
    private String rejectedBy;
    private Instant rejectedAt;

    private String lossReason;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant readyAt;
    private Instant lostAt;

    protected Prospect() {
        // for JPA
    }

    /** Opens the prospect of a qualified lead; the deal it belongs to was started by lead-service. */
    public static Prospect open(UUID dealId, UUID leadId, Contact contact, Source source,
            Qualification qualification, String actor, Instant now) {
        Prospect prospect = new Prospect();
        prospect.id = Ids.newId();
        prospect.status = ProspectStatus.RAPPORT;
        prospect.dealId = Require.present("dealId", dealId);
        prospect.leadId = Require.present("leadId", leadId);
        Require.present("contact", contact);
        prospect.personName = contact.name();
        prospect.email = contact.email();
        prospect.phone = contact.phone();
        prospect.company = contact.company();
        prospect.jobTitle = contact.jobTitle();
        prospect.country = contact.country();
        if (source != null) {
            prospect.sourceKind = source.kind();
            prospect.sourceDetail = source.detail();
        }
        if (qualification != null) {
            if (qualification.assessment() != null) {
                prospect.assessmentReasons = qualification.assessment().reasons();
                prospect.assessedBy = qualification.assessment().assessedBy();
                prospect.assessedAt = qualification.assessment().assessedAt();
            }
            if (qualification.interest() != null) {
                prospect.interestChannel = qualification.interest().channel();
                prospect.interestTopics = qualification.interest().topics();
                prospect.interestExpressedAt = qualification.interest().expressedAt();
            }
            prospect.qualifiedAt = qualification.qualifiedAt();
        }
        prospect.createdBy = actor;
        prospect.createdAt = now;
        prospect.updatedAt = now;
        return prospect;
    }

    /**
     * Logs an interaction. The latest one (by when it happened) sets the current interest level
     * and the next follow-up: its own follow-up date, or none, since this contact was the
     * follow-up. A back-dated entry is logged without overriding what a later one set.
     */
    public Interaction recordInteraction(InteractionType type, Instant occurredAt, String outcome, String nextStep,
            LocalDate followUpOn, InterestLevel level, String actor, Instant now) {
        requireDiscovery("interaction");
        Interaction interaction = Interaction.of(id, type, occurredAt, outcome, nextStep, followUpOn, level,
                actor, now);
        if (lastInteractionAt == null || !occurredAt.isBefore(lastInteractionAt)) {
            lastInteractionAt = occurredAt;
            nextFollowUpOn = followUpOn;
            if (level != null) {
                interestLevel = level;
            }
        }
        updatedAt = now;
        return interaction;
    }

    /** Records (or replaces) what the seller learned; the first profile moves RAPPORT to ORIENTATION. */
    public void describe(Profile profile, Procurement procurement, String actor, Instant now) {
        requireDiscovery("profile");
        Require.present("profile", profile);
        Require.present("procurement", procurement);
        industry = profile.industry();
        companySize = profile.companySize();
        businessModel = profile.businessModel();
        cultureNotes = profile.cultureNotes();
        decisionMakers = new ArrayList<>(profile.decisionMakers());
        procurementProcedure = procurement.procedure();
        procurementNotes = procurement.notes();
        procurementRfpReference = procurement.rfpReference();
        procurementDeadline = procurement.deadline();
        procurementApprovalSteps = procurement.approvalSteps().isEmpty() ? null
                : new ArrayList<>(procurement.approvalSteps());
        profiledBy = actor;
        profiledAt = now;
        status = ProspectStatus.ORIENTATION;
        updatedAt = now;
    }

    /** Maps one application of the products to the prospect; at least one saving must be quantified. */
    public Application addApplication(String product, String problem, Money costSaving, BigDecimal timeSavingHours,
            SavingPeriod period, String reasoning, String actor, Instant now) {
        requireDiscovery("application");
        Application application = Application.of(this, product, problem, costSaving, timeSavingHours, period,
                reasoning, actor, now);
        applications.add(application);
        savings = Savings.of(applications);
        updatedAt = now;
        return application;
    }

    @Override
    protected void touched(Instant now) {
        updatedAt = now;
    }

    /** Hands the deal on to the proposal stage; a refusal names exactly what is still missing. */
    public ProspectReadyForProposal markReady(Instant now) {
        requireDiscovery("readiness");
        List<Missing> missing = missingForProposal();
        if (!missing.isEmpty()) {
            throw new IllegalTransitionException("prospect", status, "readiness",
                    "The prospect is not ready for a proposal; missing: "
                            + String.join("; ", missing.stream().map(Missing::description).toList()) + ".")
                    .with("missing", missing.stream().map(Missing::code).toList());
        }
        status = ProspectStatus.READY_FOR_PROPOSAL;
        readyAt = now;
        updatedAt = now;
        return new ProspectReadyForProposal(id, dealId, contact(), profile(), procurement(),
                applications.stream().filter(Application::isQuantified)
                        .map(a -> new ProspectReadyForProposal.Application(a.id(), a.product(), a.problem(),
                                a.costSaving(), a.timeSavingHours(), a.period(), a.reasoning()))
                        .toList(),
                now, owner(), Set.copyOf(sharedWith()));
    }

    /** What readiness still needs, in the order the seller would supply it; empty when ready. */
    List<Missing> missingForProposal() {
        List<Missing> missing = new ArrayList<>();
        // Recording the profile is what moves RAPPORT to ORIENTATION, so naming it names both.
        if (status == ProspectStatus.RAPPORT || industry == null) {
            missing.add(Missing.PROFILE);
        }
        if (procurementProcedure == null) {
            missing.add(Missing.PROCUREMENT);
        }
        if (applications.stream().noneMatch(Application::isQuantified)) {
            missing.add(Missing.QUANTIFIED_APPLICATION);
        }
        return missing;
    }

    /**
     * The customer rejected the proposal: the seller goes back to learning the prospect
     * (ORIENTATION) with the reason at hand. Returns false, changing nothing, when the prospect
     * is not waiting for that proposal's answer (LOST, or already back in discovery).
     */
    public boolean reopenAfterRejection(ProposalRejection rejection, Instant now) {
        Require.present("rejection", rejection);
        if (status == ProspectStatus.LOST) {
            return false;
        }
        if (rejectedAt != null && rejection.rejectedAt() != null && !rejection.rejectedAt().isAfter(rejectedAt)) {
            return false; // an older rejection arriving late says nothing new
        }
        rejectedProposalId = rejection.proposalId();
        rejectedProposalVersion = rejection.version();
        rejectionReason = Require.text("reason", rejection.reason(), 4000);
        rejectedBy = rejection.rejectedBy();
        rejectedAt = rejection.rejectedAt() != null ? rejection.rejectedAt() : now;
        if (status == ProspectStatus.READY_FOR_PROPOSAL) {
            status = ProspectStatus.ORIENTATION;
        }
        updatedAt = now;
        return true;
    }

    /** The deal is lost at this stage; LOST is final. */
    public DealLost lose(String reason, Instant now) {
        if (status == ProspectStatus.LOST) {
            throw new IllegalTransitionException("prospect", status, "loss");
        }
        lossReason = Require.text("reason", reason, 4000);
        status = ProspectStatus.LOST;
        lostAt = now;
        updatedAt = now;
        return DealLost.at(Stage.PROSPECT, dealId, lossReason, now);
    }

    private void requireDiscovery(String action) {
        if (!status.isInDiscovery()) {
            throw new IllegalTransitionException("prospect", status, action);
        }
    }

    public UUID id() {
        return id;
    }

    public ProspectStatus status() {
        return status;
    }

    public UUID dealId() {
        return dealId;
    }

    public UUID leadId() {
        return leadId;
    }

    public Contact contact() {
        return new Contact(personName, email, phone, company, jobTitle, country);
    }

    public Source source() {
        return new Source(sourceKind, sourceDetail);
    }

    public Qualification qualification() {
        return new Qualification(new Qualification.Assessment(assessmentReasons, assessedBy, assessedAt),
                new Qualification.Interest(interestChannel, interestTopics, interestExpressedAt), qualifiedAt);
    }

    public InterestLevel interestLevel() {
        return interestLevel;
    }

    public LocalDate nextFollowUpOn() {
        return nextFollowUpOn;
    }

    public Instant lastInteractionAt() {
        return lastInteractionAt;
    }

    /** Null until the seller recorded it. */
    public Profile profile() {
        return industry == null ? null
                : new Profile(industry, companySize, businessModel, cultureNotes, decisionMakers);
    }

    /** Null until the seller recorded it. */
    public Procurement procurement() {
        return procurementProcedure == null ? null : new Procurement(procurementProcedure, procurementNotes,
                procurementRfpReference, procurementDeadline, procurementApprovalSteps);
    }

    /** Annualised sums of the applications' savings. */
    public Savings savings() {
        return savings == null ? Savings.NONE : savings;
    }

    /** The customer's latest rejection of a proposal for this deal, or null. */
    public ProposalRejection lastRejection() {
        return rejectedAt == null ? null : new ProposalRejection(rejectedProposalId, rejectedProposalVersion,
                rejectionReason, rejectedBy, rejectedAt);
    }

    public String profiledBy() {
        return profiledBy;
    }

    public Instant profiledAt() {
        return profiledAt;
    }

    /** Loaded on demand: call inside the transaction. */
    public List<Application> applications() {
        return List.copyOf(applications);
    }

    public String lossReason() {
        return lossReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant readyAt() {
        return readyAt;
    }

    public Instant lostAt() {
        return lostAt;
    }

    /**
     * Forgets the contact person (erasure request): name, e-mail, phone and job title, and the
     * decision maker entries that are the same person (by name). Company, profile, applications,
     * interactions, status and timestamps stay: they describe the deal, not the person.
     * Answers whether anything changed (a repeat changes nothing).
     */
    public boolean erasePerson(Instant now) {
        if (Erased.NAME.equals(personName) && email == null && phone == null && jobTitle == null) {
            return false;
        }
        String person = personName;
        personName = Erased.NAME;
        email = null;
        phone = null;
        jobTitle = null;
        if (decisionMakers != null) {
            decisionMakers = decisionMakers.stream()
                    .map(d -> Erased.sameName(d.name(), person) ? new DecisionMaker(Erased.NAME, d.role(), d.influence()) : d)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        updatedAt = now;
        return true;
    }
}
