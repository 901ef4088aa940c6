package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.lead.events.LeadQualified;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A lead and its way to qualification. It becomes QUALIFIED (and a deal starts) only when two
 * separate facts are recorded: the seller's positive assessment and the contact's expressed
 * interest. A negative assessment disqualifies it.
 */
@Entity
@Table(name = "lead")
public class Lead extends PanacheEntityBase {

    @Id
    private UUID id;
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
    private String createdBy;
    /** The seller who works the lead (the creating seller; a sales manager may assign another); null: unassigned. */
    private String owner;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lead_shared_with", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "subject")
    @org.hibernate.annotations.BatchSize(size = 100)
    private Set<String> sharedWith = new TreeSet<>();
    private Instant createdAt;
    private Instant updatedAt;
    private Instant qualifiedAt;

    protected Lead() {
        // for JPA
    }

    public static Lead create(Contact contact, String notes, Map<String, String> attributes, SourceKind source,
            String sourceDetail, String actor, Instant now) {
        Lead lead = new Lead();
        lead.id = Ids.newId();
        lead.status = LeadStatus.NEW;
        lead.personName = contact.name();
        lead.email = contact.email();
        lead.phone = contact.phone();
        lead.company = contact.company();
        lead.jobTitle = contact.jobTitle();
        lead.country = contact.country();
        lead.notes = Require.optionalText("notes", notes, 10_000);
        lead.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        lead.sourceKind = Require.present("source.kind", source);
        lead.sourceDetail = Require.optionalText("source.detail", sourceDetail, 500);
        lead.createdBy = actor;
        lead.createdAt = now;
        lead.updatedAt = now;
        return lead;
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

    private Optional<LeadQualified> qualifyIfComplete(Instant now) {
        if (!Boolean.TRUE.equals(assessmentViable) || interestChannel == null) {
            return Optional.empty();
        }
        status = LeadStatus.QUALIFIED;
        dealId = Ids.newId();
        qualifiedAt = now;
        return Optional.of(new LeadQualified(id, dealId, contact(),
                new LeadQualified.Source(sourceKind, sourceDetail), assessment(), interest(), now, owner));
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("lead", status, action);
        }
    }

    /** Who works the lead from now on: its creating seller, or a sales manager's choice; null: unassigned. */
    public void assignOwner(String newOwner, Instant now) {
        owner = newOwner == null ? null : Require.text("owner", newOwner, 200);
        updatedAt = now;
    }

    /** The other sellers who may see and work the lead besides its owner (replaces the list). */
    public void shareWith(Set<String> subjects, Instant now) {
        Set<String> checked = new TreeSet<>();
        for (String subject : subjects) {
            checked.add(Require.text("sharedWith", subject, 200));
        }
        sharedWith.clear();
        sharedWith.addAll(checked);
        updatedAt = now;
    }

    public String owner() {
        return owner;
    }

    public Set<String> sharedWith() {
        return java.util.Collections.unmodifiableSet(sharedWith);
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

    public Contact contact() {
        return new Contact(personName, email, phone, company, jobTitle, country);
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
}
