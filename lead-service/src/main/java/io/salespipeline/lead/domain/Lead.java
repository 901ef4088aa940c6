package io.salespipeline.lead.domain;

import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.security.OwnedRecord;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
// Who works it (OwnedRecord); the sharing list lives in V71's table.
@AssociationOverride(name = "sharedWith",
        joinTable = @JoinTable(name = "lead_shared_with", joinColumns = @JoinColumn(name = "lead_id")))
public class Lead extends OwnedRecord {

    @Id
    private UUID id;
    /** The contact the fields hold, built (and checked: libphonenumber, patterns) once, not on every read. */
    @Transient
    private Contact contact;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private LeadStatus status;
    private UUID dealId;

    private String personName;
    private String email;
    private String phone;
    private String company;
    private String jobTitle;
    private String country;
    private String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> attributes;

    @Enumerated(EnumType.STRING)
    private SourceKind sourceKind;
    private String sourceDetail;

    private Boolean assessmentViable;
    private String assessmentReasons;
    private String assessedBy;
    private Instant assessedAt;

    @Enumerated(EnumType.STRING)
    private InterestChannel interestChannel;
    private Instant interestExpressedAt;
    private String interestTopics;
    private String interestRecordedBy;
    private Instant interestRecordedAt;

    private String disqualificationReason;
    private Instant contactedAt;
    private String contactedBy;
    @Enumerated(EnumType.STRING)
    private InterestChannel contactChannel;
    private String reopenReason;
    private Instant reopenedAt;

    // The person's identity (PersonKey): each unique in the database, so a person is one lead.
    private String emailKey;
    private String phoneKey;
    private String nameCompanyKey;

    // Maintained by PostgreSQL (generated columns): the search text (trigram index) and the name sort key.
    @Column(insertable = false, updatable = false)
    private String searchText;
    @Column(insertable = false, updatable = false)
    private String sortName;

    // The outcome of the deal this lead started, when it was lost at a later stage.
    private String dealLostStage;
    private String dealLostReason;
    private Instant dealLostAt;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant qualifiedAt;
    private Instant erasedAt;
    // Unverified arrivals (anonymous web-form posts) waiting for the owner's review.
    private Instant reviewSince;
    private int reviewArrivals;

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
        lead.contact = contact;
        lead.personName = contact.name();
        lead.email = contact.email();
        lead.phone = contact.phone();
        lead.company = contact.company();
        lead.jobTitle = contact.jobTitle();
        lead.country = contact.country();
        lead.notes = Require.optionalText("notes", notes, 10_000);
        lead.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        Require.present("source", source);
        lead.sourceKind = source.kind();
        lead.sourceDetail = source.detail();
        PersonKey key = PersonKey.of(contact);
        lead.emailKey = key.email();
        lead.phoneKey = key.phone();
        lead.nameCompanyKey = key.nameAndCompany();
        lead.createdBy = actor;
        lead.createdAt = now;
        lead.updatedAt = now;
        return lead;
    }

    /** The source history's first entry: how the lead arrived. */
    public LeadSource firstArrival(Source source) {
        return LeadSource.of(id, source, notes, createdBy, createdAt);
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
        if (reviewSince == null) {
            reviewSince = now;
        }
        reviewArrivals++;
        return LeadSource.unverified(id, source, added, submitted, actor, now);
    }

    /** The owner (or a manager) has looked at the arrivals flagged for review. */
    public void clearReview() {
        if (erasedAt != null) {
            throw new IllegalTransitionException("lead", status, "review clearance",
                    "The lead was erased on the person's request; it allows no further review clearance.");
        }
        reviewSince = null;
        reviewArrivals = 0;
    }

    /** When the first arrival still waiting for review came; null when none waits. */
    public Instant reviewSince() {
        return reviewSince;
    }

    public int reviewArrivals() {
        return reviewArrivals;
    }

    /** A seller reached the contact: NEW becomes CONTACTED; a later contact only records the latest. */
    public void recordContact(InterestChannel channel, Instant at, String actor, Instant now) {
        requireOpen("contact");
        Require.present("channel", channel);
        Require.present("contactedAt", at);
        if (at.isAfter(now.plusSeconds(300))) {
            throw new InvalidInputException("contactedAt", "must not be in the future");
        }
        contactChannel = channel;
        contactedAt = at;
        contactedBy = actor;
        status = LeadStatus.CONTACTED;
        updatedAt = now;
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
        reopenReason = Require.text("reason", reason, 4000);
        reopenedAt = now;
        status = contactedAt != null || interestChannel != null ? LeadStatus.CONTACTED : LeadStatus.NEW;
        updatedAt = now;
    }

    /** Records the seller's judgement; a negative one disqualifies the lead. */
    public Optional<LeadQualified> assess(boolean viable, String reasons, String actor, Instant now) {
        requireOpen("assessment");
        String checkedReasons = Require.text("reasons", reasons, 4000);
        assessmentViable = viable;
        assessmentReasons = checkedReasons;
        assessedBy = actor;
        assessedAt = now;
        updatedAt = now;
        if (!viable) {
            status = LeadStatus.DISQUALIFIED;
            disqualificationReason = "Assessed as not a viable candidate: " + assessmentReasons;
            return Optional.empty();
        }
        return qualifyIfComplete(now);
    }

    /** Records that the contact expressed interest; the lead has now been in contact. */
    public Optional<LeadQualified> recordInterest(InterestChannel channel, Instant expressedAt, String topics,
            String actor, Instant now) {
        requireOpen("interest");
        // Check everything before changing anything: a refused request leaves the lead as it was.
        Require.present("channel", channel);
        Require.present("expressedAt", expressedAt);
        if (expressedAt.isAfter(now.plusSeconds(300))) {
            throw new InvalidInputException("expressedAt", "must not be in the future");
        }
        String checkedTopics = Require.text("topics", topics, 4000);
        interestChannel = channel;
        interestExpressedAt = expressedAt;
        interestTopics = checkedTopics;
        interestRecordedBy = actor;
        interestRecordedAt = now;
        updatedAt = now;
        status = LeadStatus.CONTACTED;
        return qualifyIfComplete(now);
    }

    public void disqualify(String reason, Instant now) {
        requireOpen("disqualification");
        disqualificationReason = Require.text("reason", reason, 4000);
        status = LeadStatus.DISQUALIFIED;
        updatedAt = now;
    }

    /**
     * The deal this lead started was lost at a later stage: the lead keeps that outcome beside its
     * QUALIFIED status. Only a qualified lead has a deal; the first loss reported is the one kept,
     * so a repeated report changes nothing (answers false).
     */
    public boolean markDealLost(String stage, String reason, Instant lostAt, Instant now) {
        if (status != LeadStatus.QUALIFIED) {
            throw new IllegalTransitionException("lead", status, "deal loss");
        }
        if (dealLostAt != null) {
            return false;
        }
        dealLostStage = Require.text("stage", stage, 20);
        dealLostReason = Require.text("reason", reason, 4000);
        dealLostAt = Require.present("lostAt", lostAt);
        updatedAt = now;
        return true;
    }

    public DealLoss dealLoss() {
        return dealLostAt == null ? null : new DealLoss(dealLostStage, dealLostReason, dealLostAt);
    }

    private Optional<LeadQualified> qualifyIfComplete(Instant now) {
        if (!Boolean.TRUE.equals(assessmentViable) || interestChannel == null) {
            return Optional.empty();
        }
        status = LeadStatus.QUALIFIED;
        dealId = Ids.newId();
        qualifiedAt = now;
        return Optional.of(new LeadQualified(id, dealId, contact(),
                new LeadQualified.Source(sourceKind, sourceDetail), assessment(), interest(), now, owner(),
                Set.copyOf(sharedWith())));
    }

    private void requireOpen(String action) {
        if (erasedAt != null) {
            throw new IllegalTransitionException("lead", status, action,
                    "The lead was erased on the person's request; it allows no further " + action + ".");
        }
        if (!status.isOpen()) {
            throw new IllegalTransitionException("lead", status, action);
        }
    }

    @Override
    protected void touched(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public LeadStatus status() {
        return status;
    }

    public UUID dealId() {
        return dealId;
    }

    /** Null once the lead was erased: the person is gone. */
    public Contact contact() {
        if (erasedAt != null) {
            return null;
        }
        if (contact == null) {
            // Checked when it was made; the fields change again only by erasure (answered above).
            contact = new Contact(personName, email, phone, company, jobTitle, country);
        }
        return contact;
    }

    public String notes() {
        return notes;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourceDetail() {
        return sourceDetail;
    }

    public Assessment assessment() {
        return assessmentViable == null ? null
                : new Assessment(assessmentViable, assessmentReasons, assessedBy, assessedAt);
    }

    public Interest interest() {
        return interestChannel == null ? null
                : new Interest(interestChannel, interestExpressedAt, interestTopics, interestRecordedBy,
                        interestRecordedAt);
    }

    public String disqualificationReason() {
        return disqualificationReason;
    }

    public Instant contactedAt() {
        return contactedAt;
    }

    public String contactedBy() {
        return contactedBy;
    }

    public InterestChannel contactChannel() {
        return contactChannel;
    }

    public String reopenReason() {
        return reopenReason;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public PersonKey personKey() {
        return new PersonKey(emailKey, phoneKey, nameCompanyKey);
    }

    /** The name sort key as the database keeps it (lower-cased name); read from stored leads only. */
    public String sortName() {
        return sortName;
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

    public Instant qualifiedAt() {
        return qualifiedAt;
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
        personName = io.salespipeline.platform.privacy.Erased.NAME;
        email = null;
        phone = null;
        jobTitle = null;
        notes = null;
        attributes = Map.of();
        // The identity keys are personal data too; erased, the lead no longer stands for anyone.
        emailKey = null;
        phoneKey = null;
        nameCompanyKey = null;
        erasedAt = now;
        updatedAt = now;
        return true;
    }

    /** The stored (normalised) e-mail address; null when none or erased. */
    public String email() {
        return email;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
