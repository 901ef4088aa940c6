package io.salespipeline.platform.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.security.OwnedRecord;
import io.salespipeline.platform.security.Ownership;
import io.salespipeline.platform.stage.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Who works a deal, kept the same at every stage. A stage whose record is re-owned or re-shared
 * {@link #publish publishes} the deal's new access ({@link DealAccessChanged}); every other stage
 * {@link #follow follows} it on all of the deal's records it holds. Each service remembers the
 * latest change it knows per deal (table {@code deal_access}), which decides the order: a change
 * not newer than the one known is ignored, so a late or replayed older change never undoes a
 * newer one. A change that arrives before the stage holds any record of the deal is remembered
 * and {@link #adopt adopted} by the record the deal's hand-off then creates. Every method joins
 * the caller's transaction (the use case's, or the inbox's).
 */
@ApplicationScoped
public class DealAccessChanges {

    private static final Logger LOG = Logger.getLogger(DealAccessChanges.class);
    private static final TypeReference<Set<String>> SUBJECTS = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /**
     * The deal's record at {@code stage} was re-owned or re-shared at {@code changedAt}: the
     * other stages are told. A record of no deal yet (a lead not qualified) has no other stage.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Stage stage, UUID dealId, OwnedRecord record, Instant changedAt) {
        if (dealId == null) {
            return;
        }
        DealAccessChanged change = DealAccessChanged.of(dealId, stage, record, changedAt);
        remember(change);
        outbox.publish(DealAccessChanged.TOPIC, DealAccessChanged.type(stage), dealId, change);
    }

    /**
     * A change published by another stage: applied to the deal's records here ({@code records}),
     * unless it is this stage's own or not newer than the change already known for the deal.
     * Returns the records changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends OwnedRecord> List<T> follow(InboundEvent event, DealAccessChanged change, Stage own,
            Supplier<List<T>> records) {
        if (!change.concernsOtherStageThan(own)) {
            return List.of(); // this stage's own change (already applied), or no stage of this pipeline
        }
        if (change.changedAt() == null) {
            throw new InvalidInputException("changedAt", "is required: without it changes cannot be ordered");
        }
        // A change stated in the future would win over every real change until then.
        StatedTimes.notInFuture("changedAt", change.changedAt());
        DealAccessChanged onDeal = new DealAccessChanged(event.dealId(), change.stage(), change.owner(),
                change.sharedWithOrEmpty(), change.changedAt());
        if (!remember(onDeal)) {
            LOG.infof("Deal %s: access change %s of %s is not newer than the one known; ignored", event.dealId(),
                    event.id(), change.changedAt());
            return List.of();
        }
        List<T> changed = records.get();
        Instant now = Instant.now();
        changed.forEach(record -> apply(onDeal, record, now));
        return changed;
    }

    /**
     * A record just created from the deal's hand-off takes the latest access change known for the
     * deal, if any: the hand-off carries who worked the deal when it was handed on, and a change
     * made since may have arrived here first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adopt(UUID dealId, Collection<? extends OwnedRecord> records) {
        latest(dealId).ifPresent(change -> {
            Instant now = Instant.now();
            records.forEach(record -> apply(change, record, now));
        });
    }

    /** The latest access change known here for the deal. */
    public Optional<DealAccessChanged> latest(UUID dealId) {
        List<?> rows = entityManager.createNativeQuery(
                "select stage, owner, cast(shared_with as text), changed_at from deal_access where deal_id = :deal")
                .setParameter("deal", dealId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new DealAccessChanged(dealId, (String) row[0], (String) row[1], subjects((String) row[2]),
                instant(row[3])));
    }

    /** A record that already has this access is left alone (no new updatedAt, no audit entry). */
    private static void apply(DealAccessChanged change, OwnedRecord record, Instant now) {
        if (!Objects.equals(record.owner(), change.owner())) {
            record.assignOwner(change.owner(), now);
        }
        if (!record.sharedWith().equals(Ownership.checkedSubjects(change.sharedWithOrEmpty()))) {
            record.shareWith(change.sharedWithOrEmpty(), now);
        }
    }

    /**
     * Keeps the change as the deal's latest, in one statement (so concurrent changes of one deal
     * cannot both win): false when the known change is as new or newer.
     */
    private boolean remember(DealAccessChanged change) {
        return entityManager.createNativeQuery(
                "insert into deal_access (deal_id, stage, owner, shared_with, changed_at) "
                        + "values (:deal, :stage, :owner, cast(:sharedWith as jsonb), :changedAt) "
                        + "on conflict (deal_id) do update set stage = excluded.stage, owner = excluded.owner, "
                        + "shared_with = excluded.shared_with, changed_at = excluded.changed_at "
                        + "where deal_access.changed_at < excluded.changed_at")
                .setParameter("deal", change.dealId())
                .setParameter("stage", change.stage())
                .setParameter("owner", change.owner())
                .setParameter("sharedWith", text(change.sharedWithOrEmpty()))
                .setParameter("changedAt", change.changedAt())
                .executeUpdate() == 1;
    }

    private String text(Set<String> subjects) {
        try {
            return json.writeValueAsString(subjects);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> subjects(String text) {
        try {
            return text == null ? Set.of() : json.readValue(text, SUBJECTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deal_access.shared_with is not a list of subjects", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("Unexpected changed_at " + value);
    }
}
