package io.salespipeline.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event waiting in the service's own database until the relay has handed it to Kafka. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    /** Becomes the CloudEvent id, so a consumer can recognise a repeat. */
    @Id
    public UUID id;

    @Column(name = "position", insertable = false, updatable = false)
    public Long position;

    public String topic;

    @Column(name = "event_type")
    public String eventType;

    /** Becomes the Kafka record key: all events of one deal stay in order on one partition. */
    @Column(name = "deal_id")
    public UUID dealId;

    /** Key and subject of an event about no single deal (then dealId is null), e.g. an erasureId. */
    @Column(name = "record_key")
    public String recordKey;

    /** The Kafka record key and CloudEvent subject: the dealId, or the own key of an event across deals. */
    public String key() {
        return dealId != null ? dealId.toString() : recordKey;
    }

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    public String actor;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The W3C traceparent of the span that stored the event (null outside any): sent as its header. */
    @Column(name = "trace_parent")
    public String traceParent;
}
