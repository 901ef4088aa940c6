package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One bulk import of a list: its settings and its progress. The import itself runs in the
 * background (application.ImportRun), which writes the counters batch by batch; this entity
 * is how it is accepted and how its progress is read.
 */
@Entity
@Table(name = "lead_import")
public class LeadImport extends PanacheEntityBase {

    /** The sources a list can come from; web forms, referrals and manual entry are not lists. */
    public static final Set<SourceKind> LIST_SOURCES = Set.of(SourceKind.DIRECT_MAIL_LIST, SourceKind.EMAIL_LIST,
            SourceKind.ORGANISATION_LIST, SourceKind.CONFERENCE);

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ImportState state;
    @Enumerated(EnumType.STRING)
    private ImportMode mode;
    @Enumerated(EnumType.STRING)
    private SourceKind sourceKind;
    private String sourceDetail;
    private String fileName;
    private char delimiter;
    private String[] header;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> mapping;
    private long sizeBytes;
    private long positionBytes;
    private long rowsRead;
    private long created;
    private long duplicates;
    private long rejected;
    private long checkpointRow;
    private String failure;
    private String worker;
    private Instant heartbeatAt;
    private String createdBy;
    /** The seller who imported the list owns its leads; null (a manager's or integration's list): unassigned. */
    private String owner;
    /** Who started it, as a typed key (user:..., api-key:...): what scopes it, unlike the display name createdBy. */
    private String principal;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;

    protected LeadImport() {
        // for JPA
    }

    public static LeadImport accept(UUID id, ImportMode mode, SourceKind source, String sourceDetail, String fileName,
            char delimiter, ColumnMapping mapping, long sizeBytes, String actor, String principal, String owner,
            Instant now) {
        checkSettings(mode, source, sourceDetail);
        LeadImport leadImport = new LeadImport();
        leadImport.id = id;
        leadImport.state = ImportState.QUEUED;
        leadImport.mode = Require.present("mode", mode);
        leadImport.sourceKind = source;
        leadImport.sourceDetail = Require.text("sourceDetail", sourceDetail, 500);
        leadImport.fileName = Require.optionalText("fileName", fileName, 500);
        leadImport.delimiter = delimiter;
        leadImport.header = mapping.header().toArray(String[]::new);
        leadImport.mapping = mapping.asGiven();
        leadImport.sizeBytes = sizeBytes;
        leadImport.createdBy = actor;
        leadImport.principal = Require.text("principal", principal, 220);
        leadImport.owner = owner == null ? null : Require.text("owner", owner, 200);
        leadImport.createdAt = now;
        leadImport.heartbeatAt = now;
        return leadImport;
    }

    /** What an import needs besides its file: checked before the upload is stored. */
    public static void checkSettings(ImportMode mode, SourceKind source, String sourceDetail) {
        Require.present("mode", mode);
        if (Require.present("sourceKind", source) != null && !LIST_SOURCES.contains(source)) {
            throw new InvalidInputException("sourceKind", "an import is a list: one of " + LIST_SOURCES);
        }
        Require.text("sourceDetail", sourceDetail, 500);
    }

    public static UUID newId() {
        return Ids.newId();
    }

    /** Rows per second since the import started (to its end, or now while it runs). */
    public double rate(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        return rowsRead / seconds;
    }

    /** Estimated time until the end while running, from the share of the file read so far; null if unknown. */
    public Duration eta(Instant now) {
        if (state != ImportState.RUNNING || startedAt == null || positionBytes <= 0) {
            return null;
        }
        double elapsed = Math.max(Duration.between(startedAt, now).toMillis(), 1);
        double remaining = Math.max(sizeBytes - positionBytes, 0) * elapsed / positionBytes;
        return Duration.ofMillis((long) remaining);
    }

    public UUID id() {
        return id;
    }

    public ImportState state() {
        return state;
    }

    public ImportMode mode() {
        return mode;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourceDetail() {
        return sourceDetail;
    }

    public String fileName() {
        return fileName;
    }

    public char delimiter() {
        return delimiter;
    }

    public List<String> header() {
        return List.of(header);
    }

    public Map<String, String> mapping() {
        return mapping;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long created() {
        return created;
    }

    public long duplicates() {
        return duplicates;
    }

    public long rejected() {
        return rejected;
    }

    public long checkpointRow() {
        return checkpointRow;
    }

    public String failure() {
        return failure;
    }

    public String owner() {
        return owner;
    }

    public String principal() {
        return principal;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
