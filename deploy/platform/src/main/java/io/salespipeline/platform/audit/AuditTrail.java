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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads the audit trail: a record's entries (and those of its parts), or a deal's, oldest first. */
@ApplicationScoped
public class AuditTrail {

    @Schema(description = "One change of a record: what changed, who did it, why and when.")
    public record Entry(
            @Schema(required = true, description = "The kind of record changed (its entity name).", examples = "Lead")
            String recordType,
            @Schema(required = true, description = "The record's id, as text.", examples = "0193a3c4-6a01-7d3e-8f90-1a2b3c4d5e6f")
            String recordId,
            @Schema(nullable = true, description = "The record this one is part of, type/id (a proposal's line is part "
                    + "of its proposal); null for a record of its own.",
                    examples = "Proposal/0193a3c4-6a01-7d3e-8f90-1a2b3c4d5e6f") String partOf,
            @Schema(nullable = true, description = "The deal the record belongs to; null for records of no deal (an "
                    + "API key, a routing rule).", examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") UUID dealId,
            @Schema(required = true, description = "What happened to the record.",
                    enumeration = {"CREATE", "UPDATE", "DELETE"}) String action,
            @Schema(nullable = true, description = "Why: the request (method and path) or the event (its type) that "
                    + "caused the change; null when unknown.", examples = "POST /api/leads/{id}/contact") String cause,
            @Schema(required = true, description = "Who made the change: the token subject; system for a change an "
                    + "event or a job caused; anonymous for a public form.", examples = "sam.seller") String actor,
            @Schema(required = true, description = "When the change was committed (UTC).", examples = "2026-03-02T09:30:00Z")
            Instant at,
            @Schema(required = true, description = "The fields changed, one object per field: field, and from/to for "
                    + "states, flags, numbers, times and ids; text and structured values are only named (they may hold "
                    + "personal data).",
                    examples = "[{\"field\": \"status\", \"from\": \"NEW\", \"to\": \"CONTACTED\"}]")
            List<Map<String, Object>> changes) {
    }

    @Schema(description = "One page of audit entries, oldest first.")
    public record EntryPage(
            @Schema(required = true, description = "The entries of this page, oldest first.") List<Entry> items,
            @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last page.",
                    examples = "YTE6MTA0Mg") String nextCursor) {
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
