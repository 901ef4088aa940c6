package io.salespipeline.lead.application.search;

import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.platform.domain.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What a lead list is narrowed by; a null part is no filter. {@code q} is a case-insensitive
 * substring of name, e-mail or company (at least 3 characters, so the trigram index can serve it).
 */
public record LeadFilter(UUID dealId, LeadStatus status, SourceKind sourceKind, String owner, String country,
        Instant createdFrom, Instant createdTo, String q) {

    public LeadFilter {
        if (country != null) {
            country = country.strip().toUpperCase(Locale.ROOT);
        }
        if (q != null) {
            q = q.strip().toLowerCase(Locale.ROOT);
            if (q.isEmpty()) {
                q = null;
            } else if (q.length() < 3) {
                throw new InvalidInputException("q", "must be at least 3 characters");
            } else if (q.length() > 200) {
                throw new InvalidInputException("q", "must be at most 200 characters");
            }
        }
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw new InvalidInputException("createdTo", "must be after createdFrom");
        }
    }

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null, null, null);
    }

    /** q as a LIKE pattern: its own % _ and \\ match literally. */
    String likePattern() {
        return q == null ? null : containing(q);
    }

    /** A LIKE pattern for text containing this text; its own % _ and \\ match literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
