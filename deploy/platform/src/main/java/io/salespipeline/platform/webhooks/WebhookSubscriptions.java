package io.salespipeline.platform.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** What an admin does with this service's webhook subscriptions. */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final int MAX_TYPES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookTargets targets;

    /**
     * Checks the URL (resolving its host: call off the event loop, and outside any transaction, so
     * no database connection waits on DNS) and stores the subscription; new events only.
     */
    public WebhookWire.SubscriptionWithSecret subscribe(WebhookWire.SubscribeRequest request, String actor) {
        if (request == null) {
            throw new InvalidInputException("body", "a subscription is required");
        }
        String url = targets.check(request.url()).toString();
        if (url.length() > 2000) {
            throw new InvalidInputException("url", "at most 2000 characters");
        }
        List<String> types = eventTypes(request.eventTypes());
        String owner = request.owner() == null || request.owner().isBlank() ? null : request.owner().strip();
        if (owner != null && owner.length() > 200) {
            throw new InvalidInputException("owner", "at most 200 characters");
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            WebhookSubscription subscription = WebhookSubscription.create(url, json(types), request.dealId(), owner,
                    latestPosition(), actor, now());
            subscription.persist();
            return new WebhookWire.SubscriptionWithSecret(view(subscription), subscription.secret);
        });
    }

    @Transactional
    public List<WebhookWire.Subscription> list() {
        return WebhookSubscription.<WebhookSubscription>list("order by createdAt, id").stream()
                .map(WebhookSubscriptions::view).toList();
    }

    @Transactional
    public WebhookWire.Subscription get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public WebhookWire.Subscription disable(UUID id) {
        WebhookSubscription subscription = find(id);
        subscription.disable(now());
        return view(subscription);
    }

    @Transactional
    public WebhookWire.Subscription enable(UUID id) {
        WebhookSubscription subscription = find(id);
        subscription.enable(now());
        return view(subscription);
    }

    @Transactional
    public WebhookWire.SubscriptionWithSecret rotateSecret(UUID id) {
        WebhookSubscription subscription = find(id);
        String secret = subscription.rotateSecret(now());
        return new WebhookWire.SubscriptionWithSecret(view(subscription), secret);
    }

    /** Moves the cursor back (or forward) to just before the first event that occurred at or after {@code from}. */
    @Transactional
    public WebhookWire.Subscription replay(UUID id, WebhookWire.ReplayRequest request) {
        if (request == null || request.from() == null) {
            throw new InvalidInputException("from", "the instant to replay from is required");
        }
        WebhookSubscription subscription = find(id);
        Number first = (Number) entityManager.createNativeQuery(
                "select min(position) from outbox_message where occurred_at >= :from")
                .setParameter("from", request.from()).getSingleResult();
        subscription.replayFrom(first != null ? first.longValue() - 1 : latestPosition(), now());
        return view(subscription);
    }

    @Transactional
    public List<WebhookWire.Delivery> deliveries(UUID id, int limit) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select event_id, position, event_type, status, attempts, http_status, last_error,
                       first_attempt_at, last_attempt_at, delivered_at
                from webhook_delivery where subscription_id = :id
                order by last_attempt_at desc, position desc""")
                .setParameter("id", id).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new WebhookWire.Delivery((UUID) row[0], ((Number) row[1]).longValue(),
                (String) row[2], (String) row[3], ((Number) row[4]).intValue(),
                row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6], WebhookRows.instant(row[7]),
                WebhookRows.instant(row[8]), WebhookRows.instant(row[9]))).toList();
    }

    private long latestPosition() {
        Number latest = (Number) entityManager.createNativeQuery("select max(position) from outbox_message")
                .getSingleResult();
        return latest == null ? 0 : latest.longValue();
    }

    private static WebhookSubscription find(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            throw new RecordNotFoundException("WebhookSubscription", id);
        }
        return subscription;
    }

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("eventTypes", "at least one CloudEvent type is required");
        }
        if (requested.size() > MAX_TYPES) {
            throw new InvalidInputException("eventTypes", "at most " + MAX_TYPES + " types");
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            if (type == null || !EVENT_TYPE.matcher(type).matches()) {
                throw new InvalidInputException("eventTypes", "not a CloudEvent type: " + type);
            }
            types.add(type);
        }
        return List.copyOf(types);
    }

    static WebhookWire.Subscription view(WebhookSubscription s) {
        return new WebhookWire.Subscription(s.id, s.url, types(s.eventTypes), s.dealId, s.owner, s.status.name(),
                s.consecutiveFailures, s.nextAttemptAt, s.lastError, s.cursorPosition, s.createdAt, s.createdBy,
                s.changedAt);
    }

    static String json(List<String> types) {
        try {
            return JSON.writeValueAsString(types);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> types(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
