package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.ImportState;
import io.salespipeline.lead.domain.LeadImport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An import's progress as the API shows it. {@code rate} is rows per second (a decimal string);
 * {@code etaSeconds} the estimated time left while RUNNING; {@code failure} says what was and
 * was not imported when FAILED.
 */
public record LeadImportView(UUID id, ImportState state, ImportMode mode, SourceView source,
        String fileName, String separator, Map<String, String> mapping, long sizeBytes, long rowsRead, long created,
        long duplicates, long rejected, String rate, Long etaSeconds, String failure, String errors,
        String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static LeadImportView of(LeadImport leadImport, String errorsUri) {
        Instant now = Instant.now();
        Duration eta = leadImport.eta(now);
        return new LeadImportView(leadImport.id(), leadImport.state(), leadImport.mode(),
                new SourceView(leadImport.sourceKind(), leadImport.sourceDetail()), leadImport.fileName(),
                String.valueOf(leadImport.delimiter()), leadImport.mapping(), leadImport.sizeBytes(),
                leadImport.rowsRead(), leadImport.created(), leadImport.duplicates(), leadImport.rejected(),
                BigDecimal.valueOf(leadImport.rate(now)).setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                eta == null ? null : Math.max(1, eta.toSeconds()), leadImport.failure(), errorsUri,
                leadImport.createdBy(), leadImport.createdAt(), leadImport.startedAt(), leadImport.finishedAt());
    }
}
