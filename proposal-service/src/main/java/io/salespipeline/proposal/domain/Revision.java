package io.salespipeline.proposal.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * How a version is linked to the deal's other versions: the version it revises (null for
 * version 1) and the version that replaced it (null while it is the latest). A version still
 * open with the customer (SENT) when it is revised is superseded then; one that already has an
 * answer (rejected, expired) keeps only the link.
 */
@Embeddable
public class Revision {

    private UUID revisedFromId;
    private UUID supersededById;
    private Instant supersededAt;

    protected Revision() {
        // for JPA
    }

    /** The links of a version that revises {@code previousId}. */
    static Revision of(UUID previousId) {
        Revision revision = new Revision();
        revision.revisedFromId = previousId;
        return revision;
    }

    /**
     * These links (null: none yet) once {@code nextId} replaced the version; {@code supersededAt}
     * only for a version still open, else null.
     */
    static Revision replaced(Revision links, UUID nextId, Instant supersededAt) {
        Revision revision = of(links == null ? null : links.revisedFromId);
        revision.supersededById = nextId;
        revision.supersededAt = supersededAt;
        return revision;
    }

    public UUID revisedFromId() {
        return revisedFromId;
    }

    public UUID supersededById() {
        return supersededById;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
