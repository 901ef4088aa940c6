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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An import's progress as the API shows it. {@code rate} is rows per second (a decimal string);
 * {@code etaSeconds} the estimated time left while RUNNING; {@code failure} says what was and
 * was not imported when FAILED.
 */
@Schema(description = "A bulk import of leads from a CSV file and how far it got.")
public record LeadImportView(
        @Schema(required = true, description = "The import's id.") UUID id,
        @Schema(required = true, description = "Where the import stands.") ImportState state,
        @Schema(required = true, description = "What a bad row does to the import.") ImportMode mode,
        @Schema(required = true, description = "The source every imported lead gets.") SourceView source,
        @Schema(nullable = true, description = "The uploaded file's name; null when none was given.",
                examples = "hannover-messe-2026-cards.csv") String fileName,
        @Schema(required = true, description = "The column separator, one character.", examples = ";") String separator,
        @Schema(required = true, description = "Lead field by CSV column header, as used; empty when the headers are "
                + "the lead fields' own names.", examples = "{\"E-Mail\": \"email\", \"Firma\": \"company\"}")
        Map<String, String> mapping,
        @Schema(required = true, description = "The file's size in bytes.", examples = "4815162") long sizeBytes,
        @Schema(required = true, description = "Data rows read so far (the header not counted).", examples = "12000")
        long rowsRead,
        @Schema(required = true, description = "Leads created so far.", examples = "11020") long created,
        @Schema(required = true, description = "Rows that were people already known (merged, not created again).",
                examples = "850") long duplicates,
        @Schema(required = true, description = "Rows refused (each in the error report).", examples = "130")
        long rejected,
        @Schema(required = true, description = "Rows per second so far, a decimal string with one place.",
                examples = "2450.5") String rate,
        @Schema(nullable = true, description = "Estimated seconds left while RUNNING; null otherwise.", examples = "35")
        Long etaSeconds,
        @Schema(nullable = true, description = "When FAILED: what was and was not imported; null otherwise.",
                examples = "Row 5012 is not CSV; the 5010 rows before it are imported, nothing after.") String failure,
        @Schema(required = true, description = "The absolute URL of the per-row error report (CSV).",
                examples = "https://api.salespipeline.io/api/lead-imports/0193a3c4-5e2f-7a10-8b7c-1d2e3f405162/errors") String errors,
        @Schema(required = true, description = "Who uploaded it (token subject or integration).", examples = "maria.manager")
        String createdBy,
        @Schema(required = true, description = "When it was uploaded (UTC).", examples = "2026-03-02T09:30:00Z")
        Instant createdAt,
        @Schema(nullable = true, description = "When rows began to be read (UTC); null while QUEUED.",
                examples = "2026-03-02T09:30:02Z") Instant startedAt,
        @Schema(nullable = true, description = "When it COMPLETED or FAILED (UTC); null before.",
                examples = "2026-03-02T09:31:10Z") Instant finishedAt) {

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
