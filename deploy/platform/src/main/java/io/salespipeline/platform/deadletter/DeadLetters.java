package io.salespipeline.platform.deadletter;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dead letters of this service: listed with their re-drives, re-driven one by one or all at once. */
@ApplicationScoped
public class DeadLetters {

    private static final int BATCH = 100;

    @Inject
    DeadLetterReader reader;

    @Inject
    DeadLetterRedrives redrives;

    @Inject
    DeadLetterTopics topics;

    /** One page in id order (dead-letter topic, partition, offset); the cursor holds the last id shown. */
    public Page<DeadLetter> page(String cursor, int limit) {
        List<ConsumerRecord<byte[], byte[]>> rows = reader.page(after(cursor), limit + 1);
        boolean more = rows.size() > limit;
        List<DeadLetter> shown = withRedrives(rows.subList(0, Math.min(limit, rows.size())));
        return new Page<>(shown, more ? cursorAfter(shown.get(shown.size() - 1).id()) : null);
    }

    /** Re-drives one dead letter; a second time changes nothing and answers the first re-drive. */
    public DeadLetter redrive(String id, String actor) {
        DeadLetterId place = DeadLetterId.parse("id", id);
        ConsumerRecord<byte[], byte[]> record = reader.at(place)
                .orElseThrow(() -> new RecordNotFoundException("dead letter", place));
        return redrive(record, DeadLetterHeaders.read(record), actor);
    }

    /** Re-drives every dead letter not re-driven yet (those that can be: see {@link NotRedrivableException}). */
    public RedriveReport redriveAll(String actor) {
        List<String> redriven = new ArrayList<>();
        List<String> notRedrivable = new ArrayList<>();
        DeadLetterId after = null;
        List<ConsumerRecord<byte[], byte[]>> batch;
        do {
            batch = reader.page(after, BATCH);
            Map<String, DeadLetter.Redrive> done = redrives.of(batch.stream().map(DeadLetters::id).toList());
            for (ConsumerRecord<byte[], byte[]> record : batch) {
                DeadLetter deadLetter = DeadLetterHeaders.read(record);
                if (done.containsKey(deadLetter.id())) {
                    continue;
                }
                try {
                    redrive(record, deadLetter, actor);
                    redriven.add(deadLetter.id());
                } catch (NotRedrivableException e) {
                    notRedrivable.add(deadLetter.id());
                }
            }
            after = batch.isEmpty() ? after : DeadLetterId.parse("id", id(batch.get(batch.size() - 1)));
        } while (batch.size() == BATCH);
        return new RedriveReport(redriven, notRedrivable);
    }

    private DeadLetter redrive(ConsumerRecord<byte[], byte[]> record, DeadLetter deadLetter, String actor) {
        if (!topics.mayRedrive(record.topic(), deadLetter.originalTopic())) {
            throw new NotRedrivableException(deadLetter.id(), deadLetter.originalTopic());
        }
        return deadLetter.redriven(redrives.redrive(record, deadLetter.originalTopic(), deadLetter.eventId(), actor));
    }

    private List<DeadLetter> withRedrives(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, DeadLetter.Redrive> done = redrives.of(records.stream().map(DeadLetters::id).toList());
        return records.stream().map(DeadLetterHeaders::read).map(letter -> letter.redriven(done.get(letter.id()))).toList();
    }

    private static String id(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetterId(record.topic(), record.partition(), record.offset()).toString();
    }

    private static String cursorAfter(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("dl1:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static DeadLetterId after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith("dl1:")) {
                return DeadLetterId.parse("cursor", text.substring(4));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException("cursor", "is not a cursor this API issued");
    }

    /** What a re-drive of all did: the dead letters it put back, and those it could not. */
    @Schema(description = "What a re-drive of several dead letters did.")
    public record RedriveReport(
            @Schema(required = true, description = "The ids of the dead letters sent back to their original topics.",
                    examples = "[\"dead-letter-topic-lead-qualified:0:42\"]") List<String> redriven,
            @Schema(required = true, description = "The ids of those that could not be: they name no original topic, "
                    + "or one this service does not consume.", examples = "[\"dead-letter-topic-lead-qualified:0:43\"]") List<String> notRedrivable) {
    }
}
