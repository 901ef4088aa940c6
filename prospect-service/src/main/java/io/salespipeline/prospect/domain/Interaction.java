package io.salespipeline.prospect.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One entry of the rapport log: a call, e-mail, meeting, demo or event, its outcome and what
 * comes next. Created only through {@link Prospect#recordInteraction}; never changed after.
 */
@Entity
@Table(name = "prospect_interaction")
public class Interaction extends PanacheEntityBase {

    // Clocks of callers drift; an interaction "a moment from now" is still accepted.
    private static final long CLOCK_SKEW_SECONDS = 300;

    @Id
    private UUID id;
    private UUID prospectId;
    @Enumerated(EnumType.STRING)
    private InteractionType type;
    private Instant occurredAt;
    private String outcome;
    private String nextStep;
    private LocalDate followUpOn;
    @Enumerated(EnumType.STRING)
    private InterestLevel interestLevel;
    private String recordedBy;
    private Instant recordedAt;

    protected Interaction() {
        // for JPA
    }

    static Interaction of(UUID prospectId, InteractionType type, Instant occurredAt, String outcome,
            String nextStep, LocalDate followUpOn, InterestLevel interestLevel, String actor, Instant now) {
        Interaction interaction = new Interaction();
        interaction.id = Ids.newId();
        interaction.prospectId = prospectId;
        interaction.type = Require.present("type", type);
        interaction.occurredAt = Require.present("occurredAt", occurredAt);
        if (occurredAt.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS))) {
            throw new InvalidInputException("occurredAt", "must not be in the future");
        }
        interaction.outcome = Require.text("outcome", outcome, 4000);
        interaction.nextStep = Require.optionalText("nextStep", nextStep, 4000);
        if (followUpOn != null && followUpOn.isBefore(LocalDate.ofInstant(occurredAt, ZoneOffset.UTC))) {
            throw new InvalidInputException("followUpOn", "must not be before the day of the interaction");
        }
        interaction.followUpOn = followUpOn;
        interaction.interestLevel = interestLevel;
        interaction.recordedBy = actor;
        interaction.recordedAt = now;
        return interaction;
    }

    public UUID id() {
        return id;
    }

    public UUID prospectId() {
        return prospectId;
    }

    public InteractionType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String outcome() {
        return outcome;
    }

    public String nextStep() {
        return nextStep;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public InterestLevel interestLevel() {
        return interestLevel;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
