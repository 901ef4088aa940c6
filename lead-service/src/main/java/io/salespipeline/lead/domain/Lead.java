package io.salespipeline.lead.domain;

import io.salespipeline.platform.stage.DealLoss;
import io.salespipeline.platform.stage.DealLostMark;
import io.salespipeline.platform.stage.DealWin;
import io.salespipeline.platform.stage.DealWonMark;
import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.audit.StampedRecord;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lead and its way to qualification. It becomes QUALIFIED (and a deal starts) only when two
 * separate facts are recorded: the seller's positive assessment and the contact's expressed
 * interest. A negative assessment disqualifies it. Its owner is the seller who works it (the
 * creating seller; a sales manager may assign another); null: unassigned.
 */
@Entity
@Table(name = "lead")
// Who works it (OwnedRecord, under StampedRecord); the sharing list lives in V71's table.
@AssociationOverride(name = "sharedWith",
        joinTable = @JoinTable(name = "lead_shared_with", joinColumns = @JoinColumn(name = "lead_id")))
public class Lead extends StampedRecord {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private LeadStatus status;
    private UUID dealId;
    // The deal the current one follows (a new deal of a won or lost lead, a re-opened lost deal); null: its first.
    private UUID previousDealId;
    // The company account its deals share: set when its first deal starts; null before or when no company is known.
    private UUID accountId;

    @Embedded
    private ContactSnapshot contact;
    private String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> attributes;

    @Enumerated(EnumType.STRING)
    private SourceKind sourceKind;
    private String sourceDetail;

    // Each part null until it happened.
    @Embedded
    private Assessment assessment;
    @Embedded
    private Interest interest;
    @Embedded
    private ContactMade contacted;
    @Embedded
    private Reopening reopening;
    private String disqualificationReason;

    // The person's identity: each part unique in the database, so a person is one lead; null once erased.
    @Embedded
    private PersonKey personKey;

    // Maintained by PostgreSQL (generated columns): the search text (trigram index) and the name sort key.
    @Column(insertable = false, updatable = false)
    private String searchText;
    @Column(insertable = false, updatable = false)
    private String sortName;

    // The outcome of the deal this lead started, when it was lost at a later stage.
    @Embedded
    private DealLostMark dealLost;
    // When the deal this lead started closed, and its first order's value; null until it was won.
    @Embedded
    private DealWonMark dealWon;
    private Instant qualifiedAt;
    private Instant erasedAt;
    @Embedded
    private PendingReview review = PendingReview.NONE;
    // Null (every column null) for a lead never meant for routing.
    @Embedded
    private LeadRouting routing;

    protected Lead() {
        // for JPA
    }

    public static Lead create(Contact contact, String notes, Map<String, String> attributes, SourceKind source,
            String sourceDetail, String actor, Instant now) {
        return create(contact, notes, attributes, Source.of(source, sourceDetail), actor, now);
    }

    /** A new lead; its first arrival ({@link #firstArrival}) is stored beside it. */
    public static Lead create(Contact contact, String notes, Map<String, String> attributes, Source source,
            String actor, Instant now) {
        Lead lead = new Lead();
        lead.id = Ids.newId();
        lead.status = LeadStatus.NEW;
        lead.contact = ContactSnapshot.of(contact);
        lead.notes = Require.optionalText("notes", notes, 10_000);
        lead.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        Require.present("source", source);
        lead.sourceKind = source.kind();
        lead.sourceDetail = source.detail();
        lead.personKey = PersonKey.of(contact);
        lead.created(actor, now);
        return lead;
    }

    /** The source history's first entry: how the lead arrived. */
    public LeadSource firstArrival(Source source) {
        return LeadSource.of(id, source, notes, createdBy(), createdAt());
    }

    /**
     * The same person arrived again through an unverified channel (an anonymous web form): anyone
     * can type anyone's e-mail address into a form, so the arrival changes none of the lead's
     * fields, in any state. It joins the source history with its notes and what else it carried
     * ({@code submitted}), and flags the lead for review by its owner.
     */
    public LeadSource arriveUnverified(Source source, String newNotes, Map<String, String> submitted, String actor,
            Instant now) {
        Require.present("source", source);
        String added = Require.optionalText("notes", newNotes, 10_000);
        review = review.oneMore(now);
        return LeadSource.unverified(id, source, added, submitted, actor, now);
    }

    /** The lead came in a way the routing rules assign (a web form, an API key, an import): it waits for them. */
    public void awaitRouting(RoutingWay way, String ref, Instant now) {
        routing = LeadRouting.awaiting(Require.present("way", way), ref);
        assignOwner(null, now);
    }

    /**
     * The routing rules decided: the lead goes to the decision's seller, or stays unassigned in
     * the managers' fallback queue. Only a lead waiting for routing is routed, once.
     */
    public void route(RoutingDecision decision, Instant now) {
        if (!routing().awaiting()) {
            throw new IllegalStateException("Lead " + id + " is not waiting for routing");
        }
        routing = routing.decided(decision, now);
        assignOwner(decision.owner(), now);
    }

    /** A sales manager assigns the lead: one still waiting for routing is not routed any more. */
    public void assignByHand(Instant now) {
        if (routing().awaiting()) {
            routing = routing.decided(RoutingDecision.byHand(), now);
        }
    }

    /** The owner (or a manager) has looked at the arrivals flagged for review. */
    public void clearReview() {
        requireNotErased("review clearance");
        review = PendingReview.NONE;
    }

    /** A seller reached the contact: NEW becomes CONTACTED; a later contact only records the latest. */
    public void recordContact(InterestChannel channel, Instant at, String actor, Instant now) {
        requireOpen("contact");
        contacted = ContactMade.of(channel, at, actor, now);
        status = LeadStatus.CONTACTED;
        touched(now);
    }

    /**
     * A disqualified lead gets another chance: back to CONTACTED if it has been in contact (a
     * recorded contact or interest), otherwise NEW. The last disqualification's reason is kept.
     * A qualified lead cannot be reopened: its deal has started.
     */
    public void reopen(String reason, String actor, Instant now) {
        if (status != LeadStatus.DISQUALIFIED) {
            throw new IllegalTransitionException("lead", status, "reopening");
        }
        reopening = Reopening.of(reason, now);
        status = contacted != null || interest != null ? LeadStatus.CONTACTED : LeadStatus.NEW;
        touched(now);
    }

    /** Records the seller's judgement; a negative one disqualifies the lead. */
    public Optional<Qualification> assess(boolean viable, String reasons, String actor, Instant now) {
        requireOpen("assessment");
        assessment = Assessment.of(viable, reasons, actor, now);
        touched(now);
        if (!viable) {
            status = LeadStatus.DISQUALIFIED;
            disqualificationReason = "Assessed as not a viable candidate: " + assessment.reasons();
            return Optional.empty();
        }
        return qualifyIfComplete(actor, now);
    }

    /** Records that the contact expressed interest; the lead has now been in contact. */
    public Optional<Qualification> recordInterest(InterestChannel channel, Instant expressedAt, String topics,
            String actor, Instant now) {
        requireOpen("interest");
        interest = Interest.of(channel, expressedAt, topics, actor, now);
        touched(now);
        status = LeadStatus.CONTACTED;
        return qualifyIfComplete(actor, now);
    }

    public void disqualify(String reason, Instant now) {
        requireOpen("disqualification");
        disqualificationReason = Require.text("reason", reason, 4000);
        status = LeadStatus.DISQUALIFIED;
        touched(now);
    }

    /**
     * The deal this lead started was lost at a later stage: the lead keeps that outcome beside its
     * QUALIFIED status. Only a qualified lead has a deal; the first outcome reported is the one
     * kept, so a repeated report, or a loss of a deal already won, changes nothing (answers false).
     */
    public boolean markDealLost(String stage, String reason, Instant lostAt, Instant now) {
        if (status == LeadStatus.WON) {
            return false;
        }
        if (status != LeadStatus.QUALIFIED) {
            throw new IllegalTransitionException("lead", status, "deal loss");
        }
        if (dealLost != null) {
            return false;
        }
        dealLost = DealLostMark.of(stage, reason, lostAt);
        touched(now);
        return true;
    }

    /**
     * The deal this lead started closed at the contract stage: a QUALIFIED lead becomes WON, with
     * when it closed and the first order's value. Answers false, changing nothing, for a repeat
     * (already WON) and for a lead whose deal was already marked lost: the first outcome reported
     * is the one kept, as for losses. Any other lead has no deal that could have closed.
     */
    public boolean markWon(Instant closedAt, Money value, Instant now) {
        if (status == LeadStatus.WON || (status == LeadStatus.QUALIFIED && dealLost != null)) {
            return false;
        }
        if (status != LeadStatus.QUALIFIED) {
            throw new IllegalTransitionException("lead", status, "deal won");
        }
        dealWon = DealWonMark.of(closedAt, value);
        status = LeadStatus.WON;
        touched(now);
        return true;
    }

    private Optional<Qualification> qualifyIfComplete(String actor, Instant now) {
        if (assessment == null || !assessment.viable() || interest == null) {
            return Optional.empty();
        }
        return Optional.of(startDeal(DealStart.FIRST, null, actor, now));
    }

    /**
     * A seller starts another deal with the person of a won lead (a customer's repeat business) or
     * of a lead whose deal was lost: the seller's positive assessment stands, the contact's fresh
     * interest is recorded, and a new deal (a new dealId, linked to the previous one) starts.
     */
    public Qualification startNewDeal(InterestChannel channel, Instant expressedAt, String topics, String actor,
            Instant now) {
        requireNotErased("new deal");
        if (status != LeadStatus.WON && !(status == LeadStatus.QUALIFIED && dealLost != null)) {
            throw new IllegalTransitionException("lead", status, "new deal",
                    "A new deal starts from a won lead or one whose deal was lost; this lead's deal is "
                            + (status == LeadStatus.QUALIFIED ? "still open." : "not started."));
        }
        if (assessment == null || !assessment.viable()) {
            throw new IllegalTransitionException("lead", status, "new deal", "The lead has no positive assessment.");
        }
        interest = Interest.of(channel, expressedAt, topics, actor, now);
        return startDeal(DealStart.NEW_DEAL, null, actor, now);
    }

    /**
     * A sales manager re-opens the lead's lost deal: a new deal (a new dealId, linked to the lost
     * one) on the same qualification. Only a deal that was lost can be re-opened.
     */
    public Qualification reopenLostDeal(String reason, String actor, Instant now) {
        requireNotErased("deal re-opening");
        if (status != LeadStatus.QUALIFIED || dealLost == null) {
            throw new IllegalTransitionException("lead", status, "deal re-opening",
                    "Only a lost deal can be re-opened; this lead's deal is "
                            + (status == LeadStatus.WON ? "won." : status == LeadStatus.QUALIFIED ? "open." : "not started."));
        }
        return startDeal(DealStart.REOPENED, Require.text("reason", reason, 4000), actor, now);
    }

    /** The lead works on a new deal; the one before (if any) stays in its deal history with its outcome elsewhere. */
    private Qualification startDeal(DealStart kind, String reason, String actor, Instant now) {
        previousDealId = dealId;
        dealId = Ids.newId();
        status = LeadStatus.QUALIFIED;
        dealLost = null;
        dealWon = null;
        qualifiedAt = now;
        touched(now);
        return new Qualification(dealId, assessment, interest, now,
                LeadDeal.of(id, dealId, previousDealId, kind, reason, actor, now));
    }

    /** The deal starts on behalf of this company account (null: no company known); kept once set. */
    public void joinAccount(UUID account) {
        if (accountId == null) {
            accountId = account;
        }
    }

    private void requireOpen(String action) {
        requireNotErased(action);
        if (!status.isOpen()) {
            throw new IllegalTransitionException("lead", status, action);
        }
    }

    private void requireNotErased(String action) {
        if (erasedAt != null) {
            throw new IllegalTransitionException("lead", status, action,
                    "The lead was erased on the person's request; it allows no further " + action + ".");
        }
    }

    /**
     * Forgets the person (erasure, do-not-contact): the contact's personal fields, the notes and
     * the free-form attributes go; id, dealId, status, source, company, country, the assessment
     * and interest (the seller's business judgement) and timestamps stay, so the funnel and the
     * audit still count. An erased lead allows no further action. Erasing twice changes nothing.
     */
    public boolean erase(Instant now) {
        if (erasedAt != null) {
            return false;
        }
        contact.erase();
        notes = null;
        attributes = Map.of();
        // The identity keys are personal data too; erased, the lead no longer stands for anyone.
        personKey = null;
        erasedAt = now;
        touched(now);
        return true;
    }

    public UUID id() { return id; }
    public LeadStatus status() { return status; }
    public UUID dealId() { return dealId; }
    /** The deal the current one follows; null for the lead's first deal. */
    public UUID previousDealId() { return previousDealId; }
    /** Null until the lead's first deal started, or when no company is known. */
    public UUID accountId() { return accountId; }
    /** Null once the lead was erased: the person is gone. */
    public Contact contact() { return erasedAt != null ? null : contact.contact(); }
    public String notes() { return notes; }
    public Map<String, String> attributes() { return attributes; }
    public SourceKind sourceKind() { return sourceKind; }
    public String sourceDetail() { return sourceDetail; }
    public Assessment assessment() { return assessment; }
    public Interest interest() { return interest; }
    public String disqualificationReason() { return disqualificationReason; }
    /** The latest contact a seller made; null when none was recorded. */
    public ContactMade contacted() { return contacted; }
    /** The latest reopening; null when the lead was never reopened. */
    public Reopening reopening() { return reopening; }
    /** Empty (every part null) once the lead was erased. */
    public PersonKey personKey() { return personKey == null ? new PersonKey(null, null, null) : personKey; }
    /** The name sort key as the database keeps it (lower-cased name); read from stored leads only. */
    public String sortName() { return sortName; }
    public Instant qualifiedAt() { return qualifiedAt; }
    public DealLoss dealLoss() { return dealLost == null ? null : dealLost.dealLoss(); }
    /** Null until the deal closed. */
    public DealWin dealWin() { return dealWon == null ? null : dealWon.dealWin(); }
    public PendingReview pendingReview() { return review; }
    public LeadRouting routing() { return routing == null ? LeadRouting.NONE : routing; }
    /** The stored (normalised) e-mail address; null when none or erased. */
    public String email() { return contact.email(); }
    public Instant erasedAt() { return erasedAt; }
}
