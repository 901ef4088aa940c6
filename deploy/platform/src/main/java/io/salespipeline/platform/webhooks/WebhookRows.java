package io.salespipeline.platform.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's reads and writes, each in a short transaction of its own. Every write names
 * the lease holder: once an admin changed the subscription (or another replica took over after
 * the lease expired) the holder's outcome changes nothing.
 */
@ApplicationScoped
class WebhookRows {

    /** A claimed subscription as the dispatcher needs it. */
    record Claimed(UUID id, String url, String eventTypes, UUID dealId, String owner, String secret, long cursor,
            int failures) {
    }

    /** One outbox event to deliver. */
    record Event(long position, UUID id, String type, String subject, String payload, String actor, Instant occurredAt) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookSettings settings;

    /** Active subscriptions whose next attempt is due and whose lease is free. */
    @SuppressWarnings("unchecked")
    List<UUID> due(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select id from webhook_subscription
                where status = 'ACTIVE' and next_attempt_at <= clock_timestamp()
                  and (lease_holder is null or lease_expires_at < clock_timestamp())
                order by next_attempt_at limit :limit""")
                .setParameter("limit", limit).getResultList());
    }

    /**
     * Takes (or renews) the subscription's lease if it is still active and due; null otherwise. Its
     * next attempt becomes now: the longest-waiting due subscriptions are taken first, so none starves.
     */
    Claimed claim(UUID id, String holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int taken = entityManager.createNativeQuery("""
                    update webhook_subscription set lease_holder = :holder, next_attempt_at = clock_timestamp(),
                           lease_expires_at = clock_timestamp() + make_interval(secs => :seconds)
                    where id = :id and status = 'ACTIVE' and next_attempt_at <= clock_timestamp()
                      and (lease_holder is null or lease_holder = :holder or lease_expires_at < clock_timestamp())""")
                    .setParameter("holder", holder).setParameter("seconds", lease().toMillis() / 1000.0)
                    .setParameter("id", id).executeUpdate();
            if (taken == 0) {
                return null;
            }
            Object[] row = (Object[]) entityManager.createNativeQuery("""
                    select url, cast(event_types as text), deal_id, owner, secret, cursor_position, consecutive_failures
                    from webhook_subscription where id = :id""").setParameter("id", id).getSingleResult();
            return new Claimed(id, (String) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                    ((Number) row[5]).longValue(), ((Number) row[6]).intValue());
        });
    }

    /**
     * The next matching events after the cursor, in outbox order, among those the broker already
     * has, and only up to the first event it does not have yet (so none is passed over while the
     * relay retries it). With no match, the cursor moves past what was looked at.
     */
    List<Event> next(Claimed subscription, String holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long horizon = ((Number) entityManager.createNativeQuery(
                    "select coalesce(min(position), 9223372036854775807) from outbox_message where published_at is null")
                    .getSingleResult()).longValue();
            String sql = """
                    select o.position, o.id, o.event_type, coalesce(cast(o.deal_id as text), o.record_key),
                           cast(o.payload as text), o.actor, o.occurred_at
                    from outbox_message o
                    where o.position > :cursor and o.position < :horizon and o.published_at is not null
                      and cast(:types as jsonb) @> to_jsonb(o.event_type)"""
                    + (subscription.dealId() != null ? " and o.deal_id = :deal" : "")
                    + (subscription.owner() != null ? """
                       and (o.payload ->> 'owner' = :owner or exists (select 1 from deal_access a
                            where a.deal_id = o.deal_id and a.owner = :owner))""" : "")
                    + " order by o.position";
            Query query = entityManager.createNativeQuery(sql)
                    .setParameter("cursor", subscription.cursor()).setParameter("horizon", horizon)
                    .setParameter("types", subscription.eventTypes()).setMaxResults(settings.batchSize());
            if (subscription.dealId() != null) {
                query.setParameter("deal", subscription.dealId());
            }
            if (subscription.owner() != null) {
                query.setParameter("owner", subscription.owner());
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            if (rows.isEmpty()) {
                Number seen = (Number) entityManager.createNativeQuery(
                        "select max(position) from outbox_message where position > :cursor and position < :horizon "
                                + "and published_at is not null")
                        .setParameter("cursor", subscription.cursor()).setParameter("horizon", horizon)
                        .getSingleResult();
                if (seen != null) {
                    entityManager.createNativeQuery("update webhook_subscription set cursor_position = :seen "
                            + "where id = :id and lease_holder = :holder and cursor_position = :cursor")
                            .setParameter("seen", seen.longValue()).setParameter("id", subscription.id())
                            .setParameter("holder", holder).setParameter("cursor", subscription.cursor())
                            .executeUpdate();
                }
            }
            return rows.stream().map(row -> new Event(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], instant(row[6]))).toList();
        });
    }

    /** The receiver took it: the cursor moves past it, failures start again from zero, the lease is renewed. */
    boolean delivered(UUID id, String holder, Event event, int httpStatus) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int updated = entityManager.createNativeQuery("""
                    update webhook_subscription set cursor_position = :position, consecutive_failures = 0,
                           last_error = null, lease_expires_at = clock_timestamp() + make_interval(secs => :seconds)
                    where id = :id and lease_holder = :holder""")
                    .setParameter("position", event.position()).setParameter("seconds", lease().toMillis() / 1000.0)
                    .setParameter("id", id).setParameter("holder", holder).executeUpdate();
            if (updated == 1) {
                log(id, event, "DELIVERED", httpStatus, null);
            }
            return updated == 1;
        });
    }

    /** The attempt failed: retried after the back-off, or dead-lettered after too many failures in a row. */
    void failed(UUID id, String holder, Event event, Integer httpStatus, String error, int failures) {
        QuarkusTransaction.requiringNew().run(() -> {
            boolean dead = failures >= settings.maxFailures();
            int updated = entityManager.createNativeQuery("""
                    update webhook_subscription set consecutive_failures = :failures, last_error = :error,
                           status = :status, next_attempt_at = clock_timestamp() + make_interval(secs => :wait),
                           lease_holder = null, lease_expires_at = null
                    where id = :id and lease_holder = :holder""")
                    .setParameter("failures", failures).setParameter("error", truncate(error))
                    .setParameter("status", dead ? "DEAD_LETTERED" : "ACTIVE")
                    .setParameter("wait", WebhookBackoff.after(failures, settings).toMillis() / 1000.0)
                    .setParameter("id", id).setParameter("holder", holder).executeUpdate();
            if (updated == 1 && event != null) {
                log(id, event, dead ? "DEAD_LETTERED" : "FAILED", httpStatus, error);
            }
        });
    }

    void release(UUID id, String holder) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update webhook_subscription set lease_holder = null, lease_expires_at = null "
                        + "where id = :id and lease_holder = :holder")
                .setParameter("id", id).setParameter("holder", holder).executeUpdate());
    }

    /** Long enough for one attempt (connect and answer) and its bookkeeping; renewed with every delivery. */
    Duration lease() {
        return settings.connectTimeout().plus(settings.requestTimeout()).plusSeconds(10);
    }

    private void log(UUID id, Event event, String status, Integer httpStatus, String error) {
        entityManager.createNativeQuery("""
                insert into webhook_delivery (subscription_id, event_id, position, event_type, status, attempts,
                       http_status, last_error, first_attempt_at, last_attempt_at, delivered_at)
                values (:id, :event, :position, :type, :status, 1, :http, :error, clock_timestamp(), clock_timestamp(),
                        case when :status = 'DELIVERED' then clock_timestamp() end)
                on conflict (subscription_id, event_id) do update set status = excluded.status,
                       attempts = webhook_delivery.attempts + 1, http_status = excluded.http_status,
                       last_error = excluded.last_error, last_attempt_at = excluded.last_attempt_at,
                       delivered_at = coalesce(excluded.delivered_at, webhook_delivery.delivered_at)""")
                .setParameter("id", id).setParameter("event", event.id()).setParameter("position", event.position())
                .setParameter("type", event.type()).setParameter("status", status)
                .setParameter("http", httpStatus).setParameter("error", truncate(error)).executeUpdate();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
