package io.salespipeline.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the audit trail: a record's entries (and those of its parts), or a deal's, oldest first. */
@ApplicationScoped
public class AuditTrail {

    public record Entry(String recordType, String recordId, String partOf, UUID dealId, String action,
            String cause, String actor, Instant at, List<Map<String, Object>> changes) {
    }

    public record EntryPage(List<Entry> items, String nextCursor) {
    }

    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public EntryPage read(String recordId, UUID dealId, String cursor, int limit) {
        if ((recordId == null || recordId.isBlank()) && dealId == null) {
            throw new InvalidInputException("recordId", "recordId or dealId is required");
        }
        long after = decode(cursor);
        StringBuilder sql = new StringBuilder("select position, record_type, record_id, root_type, root_id, deal_id, "
                + "action, cause, actor, at, cast(changes as text) from audit_entry where position > :after");
        if (recordId != null && !recordId.isBlank()) {
            sql.append(" and (record_id = :recordId or root_id = :recordId)");
        }
        if (dealId != null) {
            sql.append(" and deal_id = :dealId");
        }
        sql.append(" order by position limit :limit");
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("after", after).setParameter("limit", limit + 1);
        if (recordId != null && !recordId.isBlank()) {
            query.setParameter("recordId", recordId.strip());
        }
        if (dealId != null) {
            query.setParameter("dealId", dealId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Entry> entries = new ArrayList<>();
        long last = after;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            last = ((Number) row[0]).longValue();
            entries.add(new Entry((String) row[1], (String) row[2],
                    row[3] == null ? null : row[3] + "/" + row[4], (UUID) row[5], (String) row[6],
                    (String) row[7], (String) row[8], instant(row[9]), changes((String) row[10])));
        }
        return new EntryPage(entries, rows.size() > limit ? encode(last) : null);
    }

    private List<Map<String, Object>> changes(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry holds unreadable changes", e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    private static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("a1:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("a1:")) {
                return Long.parseLong(text.substring(3));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException("cursor", "is not a cursor this API issued");
    }
}
