package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.DealWin;
import io.salespipeline.platform.stage.DealWonMark;
import io.salespipeline.platform.security.OwnedRecord;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A qualified lead the seller is turning into a buyer: first building rapport (a log of
 * interactions), then learning its business, how it buys and where the products would save it
 * money or time. It becomes READY_FOR_PROPOSAL once it has what its segment requires (out of the
 * box a profile, a procurement procedure and at least one quantified application: {@link Missing},
 * {@link Segment}); it can be LOST from any open state,
 * and is WON when its deal closes at the contract stage.
 * Its owner is the seller who works the deal, copied from LeadQualified (a sales manager may
 * assign another); null: visible to sales managers only.
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
    /** The company account the deal is for (lead-service's); null: not known. */
    private UUID accountId;
    /** The deal this one follows (repeat business, a re-opened lost deal); null: the lead's first deal. */
    private UUID previousDealId;
    @Embedded
    private LeadSnapshot lead;
    /** The deal's segment (a configured name); it decides which readiness steps are required. */
    private String segment;
    /** The deal's currency (ISO 4217); null: none chosen, the proposal stage's standard one applies. */
    private String currency;

    @Enumerated(EnumType.STRING)
    private InterestLevel interestLevel;
    private LocalDate nextFollowUpOn;
    private Instant lastInteractionAt;

    /** Null until the seller described the prospect. */
    @Embedded
    private Orientation orientation;
    @OneToMany(mappedBy = "prospect", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Application> applications = new ArrayList<>();
    /** Annualised sums of the applications' savings, kept current as applications are added. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Savings savings;

    @Embedded
    private ProposalRejection lastRejection;

    private String lossReason;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant readyAt;
    private Instant lostAt;
    // When the deal closed and its first order's value; null until it was won.
    @Embedded
    private DealWonMark dealWon;

    protected Prospect() {
        // for JPA
    }

    /** Opens the prospect of a qualified lead; the deal it belongs to was started by lead-service. */
    public static Prospect open(UUID dealId, UUID leadId, Contact contact, Source source,
            Qualification qualification, Segment segment, String actor, Instant now) {
        Prospect prospect = new Prospect();
        prospect.segment = Require.present("segment", segment).name();
        prospect.id = Ids.newId();
        prospect.status = ProspectStatus.RAPPORT;
        prospect.dealId = Require.present("dealId", dealId);
        prospect.leadId = Require.present("leadId", leadId);
        prospect.lead = LeadSnapshot.of(Require.present("contact", contact), source, qualification);
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
        orientation = Orientation.of(Require.present("profile", profile), Require.present("procurement", procurement),
                actor, now);
        status = ProspectStatus.ORIENTATION;
        updatedAt = now;
    }

    /** Maps one application of the products to the prospect; at least one saving must be quantified. */
    public Application addApplication(String product, String problem, Money costSaving, BigDecimal timeSavingHours,
            SavingPeriod period, String reasoning, String actor, Instant now) {
        requireDiscovery("application");
        if (costSaving != null && currency != null && !currency.equals(costSaving.currency())) {
            throw new InvalidInputException("costSaving.currency", "must be " + currency
                    + ", the deal's currency: amounts are never converted");
        }
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

    /** Places the deal in a segment while the seller is still learning the prospect. */
    public void classify(Segment newSegment, Instant now) {
        requireDiscovery("segment");
        segment = Require.present("segment", newSegment).name();
        updatedAt = now;
    }

    /**
     * Chooses the currency the deal is quoted, contracted and ordered in. Only while the seller is
     * learning the prospect and before any proposal was made (its lines are priced in it); the
     * applications' cost savings must already be in it: amounts are never converted.
     */
    public void chooseCurrency(String newCurrency, Instant now) {
        requireDiscovery("choosing the currency");
        String code = Money.zero(Require.present("currency", newCurrency)).currency();
        if (readyAt != null && !code.equals(currency)) {
            throw new IllegalTransitionException("prospect", status, "choosing the currency",
                    "The deal was handed over for a proposal in " + (currency == null ? "the standard currency"
                            : currency) + ": its currency no longer changes.");
        }
        applications.stream().map(Application::costSaving).filter(saving -> saving != null
                && !saving.currency().equals(code)).findFirst().ifPresent(saving -> {
                    throw new InvalidInputException("currency", "an application's cost saving is in "
                            + saving.currency() + ": amounts are never converted, so the deal cannot be in " + code);
                });
        currency = code;
        updatedAt = now;
    }

    /**
     * Hands the deal on to the proposal stage once it has the steps its segment requires
     * ({@code segmentNow}: the prospect's segment as configured now); a refusal names exactly
     * what is still missing.
     */
    public void markReady(Segment segmentNow, Instant now) {
        requireDiscovery("readiness");
        List<Missing> missing = missingForProposal(segmentNow.requiredSteps());
        if (!missing.isEmpty()) {
            throw Missing.notReady(status, missing);
        }
        status = ProspectStatus.READY_FOR_PROPOSAL;
        readyAt = now;
        updatedAt = now;
    }

    /** What readiness still needs, in the order the seller would supply it; empty when ready. */
    List<Missing> missingForProposal(java.util.Set<Missing> required) {
        return Missing.forProposal(required, status, orientation, applications);
    }

    /**
     * The customer rejected the proposal: the seller goes back to learning the prospect
     * (ORIENTATION) with the reason at hand. Returns false, changing nothing, when the prospect
     * is not waiting for that proposal's answer (LOST, or already back in discovery).
     */
    public boolean reopenAfterRejection(ProposalRejection rejection, Instant now) {
        Require.present("rejection", rejection);
        if (status.isClosed() || rejection.isOlderThan(lastRejection)) {
            return false;
        }
        lastRejection = new ProposalRejection(rejection.proposalId(), rejection.version(),
                Require.text("reason", rejection.reason(), 4000), rejection.rejectedBy(),
                rejection.rejectedAt() != null ? rejection.rejectedAt() : now);
        if (status == ProspectStatus.READY_FOR_PROPOSAL) {
            status = ProspectStatus.ORIENTATION;
        }
        updatedAt = now;
        return true;
    }

    /** The deal is lost at this stage; LOST is final, and a won deal cannot be lost. */
    public void lose(String reason, Instant now) {
        if (status.isClosed()) {
            throw new IllegalTransitionException("prospect", status, "loss");
        }
        lossReason = Require.text("reason", reason, 4000);
        status = ProspectStatus.LOST;
        lostAt = now;
        updatedAt = now;
    }

    /**
     * The deal closed at the contract stage: the prospect is WON, with when it closed and the first
     * order's value. Only a prospect that had a proposal can have a closed deal: one that was ready
     * for it, or one back in ORIENTATION after a rejected version (the seller revised the proposal).
     * Answers false, changing nothing, for a repeat (already WON) and for a LOST prospect: the
     * first outcome reported is the one kept.
     */
    public boolean markWon(Instant closedAt, Money value, Instant now) {
        if (status.isClosed()) {
            return false;
        }
        if (status == ProspectStatus.RAPPORT) {
            throw new IllegalTransitionException("prospect", status, "deal won");
        }
        dealWon = DealWonMark.of(closedAt, value);
        status = ProspectStatus.WON;
        updatedAt = now;
        return true;
    }

    private void requireDiscovery(String action) {
        if (!status.isInDiscovery()) {
            throw new IllegalTransitionException("prospect", status, action);
        }
    }

    /**
     * Forgets the contact person (erasure request): name, e-mail, phone and job title, and the
     * decision maker entries that are the same person (by name). Company, profile, applications,
     * interactions, status and timestamps stay: they describe the deal, not the person.
     * Answers whether anything changed (a repeat changes nothing).
     */
    public boolean erasePerson(Instant now) {
        String person = lead.erasePerson();
        if (person == null) {
            return false;
        }
        if (orientation != null) {
            orientation.eraseDecisionMaker(person);
        }
        updatedAt = now;
        return true;
    }

    public UUID id() { return id; }
    public ProspectStatus status() { return status; }
    public UUID dealId() { return dealId; }
    public UUID leadId() { return leadId; }
    /** Null when the lead named no company account. */
    public UUID accountId() { return accountId; }

    /** Null for the lead's first deal. */
    public UUID previousDealId() { return previousDealId; }

    /**
     * The deal follows an earlier one of the same lead: what the seller learned then (profile and
     * procurement) is carried forward, so the prospect starts in ORIENTATION. {@code previous}
     * null: its prospect is not known here, nothing is copied.
     */
    public void follow(UUID previousDeal, Prospect previous, String actor, Instant now) {
        previousDealId = previousDeal;
        if (previous != null && previous.profile() != null) {
            describe(previous.profile(), previous.procurement(), actor, now);
        }
    }

    /** The deal is for this company account, as the lead said when it qualified (null: not known). */
    public void forAccount(UUID account) {
        accountId = account;
    }
    public Contact contact() { return lead.contact(); }
    public Source source() { return lead.source(); }
    public Qualification qualification() { return lead.qualification(); }
    public InterestLevel interestLevel() { return interestLevel; }
    public LocalDate nextFollowUpOn() { return nextFollowUpOn; }
    public Instant lastInteractionAt() { return lastInteractionAt; }
    /** Null until the seller recorded it. */
    public Profile profile() { return orientation == null ? null : orientation.profile(); }
    /** Null until the seller recorded it. */
    public Procurement procurement() { return orientation == null ? null : orientation.procurement(); }
    /** How the proposal is to be made: the recorded procedure, or a one-page quote when none was required. */
    public Procurement procurementForProposal() {
        return orientation == null ? new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null)
                : orientation.procurement();
    }
    public String segment() { return segment; }
    /** Null: none chosen (the proposal stage's standard currency). */
    public String currency() { return currency; }
    /** Annualised sums of the applications' savings. */
    public Savings savings() { return savings == null ? Savings.NONE : savings; }
    /** Loaded on demand: call inside the transaction. */
    public List<Application> applications() { return List.copyOf(applications); }
    /** The customer's latest rejection of a proposal for this deal, or null. */
    public ProposalRejection lastRejection() { return lastRejection; }
    public String lossReason() { return lossReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant readyAt() { return readyAt; }
    public Instant lostAt() { return lostAt; }
    /** Null until the deal closed. */
    public DealWin dealWin() { return dealWon == null ? null : dealWon.dealWin(); }
}
