package io.salespipeline.platform.deadletter;

import io.salespipeline.platform.domain.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a dead letter lies, which is also its id: {@code dead-letter-topic-deal-closed:0:12} (topic:partition:offset). */
public record DeadLetterId(String topic, int partition, long offset) implements Comparable<DeadLetterId> {

    // Kafka's legal topic names, then a partition and an offset.
    private static final Pattern FORM = Pattern.compile("([a-zA-Z0-9._-]{1,249}):([0-9]{1,9}):([0-9]{1,18})");

    public static DeadLetterId parse(String field, String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException(field, "must be a dead letter's id: <dead-letter topic>:<partition>:<offset>");
        }
        return new DeadLetterId(matcher.group(1), Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    @Override
    public int compareTo(DeadLetterId other) {
        int byTopic = topic.compareTo(other.topic);
        if (byTopic != 0) {
            return byTopic;
        }
        int byPartition = Integer.compare(partition, other.partition);
        return byPartition != 0 ? byPartition : Long.compare(offset, other.offset);
    }

    @Override
    public String toString() {
        return topic + ":" + partition + ":" + offset;
    }
}
