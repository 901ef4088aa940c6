package io.salespipeline.platform.deadletter;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The consumers' failure strategy ({@code failure-strategy=dead-letter-queue-explained}): the
 * connector's own dead-letter queue, told the failure unwrapped (so its {@code dead-letter-reason}
 * and class name are the real failure's) and given the platform's headers through the nack
 * metadata it honours ({@link DeadLetterHeaders}: class, message, first failure time, attempts,
 * consumer group).
 */
@ApplicationScoped
@Identifier(ExplainedDeadLetterQueue.STRATEGY)
public class ExplainedDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letter-queue-explained";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler parking = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        Object group = consumer.configuration().get(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                DeadLetterHeaders.Explained explained = DeadLetterHeaders.explain(reason,
                        group == null ? null : group.toString(), Instant.now());
                return parking.handle(record, explained.failure(), withHeaders(metadata, explained));
            }

            @Override
            public void terminate() {
                parking.terminate();
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Metadata withHeaders(Metadata metadata, DeadLetterHeaders.Explained explained) {
        Metadata given = metadata == null ? Metadata.empty() : metadata;
        OutgoingKafkaRecordMetadata<?> outgoing = (OutgoingKafkaRecordMetadata<?>) given
                .get(OutgoingKafkaRecordMetadata.class).orElse(null);
        List<RecordHeader> headers = new ArrayList<>();
        if (outgoing != null && outgoing.getHeaders() != null) {
            outgoing.getHeaders().forEach(header -> headers.add(new RecordHeader(header.key(), header.value())));
        }
        headers.addAll(explained.headers());
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder builder = outgoing == null
                ? OutgoingKafkaRecordMetadata.builder() : OutgoingKafkaRecordMetadata.from(outgoing);
        return given.with(builder.withHeaders(headers).build());
    }
}
