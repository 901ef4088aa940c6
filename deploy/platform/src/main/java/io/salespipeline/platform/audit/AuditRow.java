package io.salespipeline.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * One audit_entry row. The listener writes one per change it sees; a writer that stores new
 * records with its own SQL (a batch, bypassing the session) asks {@link #created} for the very
 * entry the listener would have written, so the trail is the same whichever way a record came in.
 */
public record AuditRow(String recordType, String recordId, String rootType, String rootId, UUID dealId,
        String action, String cause, String actor, String changes, OffsetDateTime at) {

    /**
     * The CREATE entry of a new entity of this service (not yet stored), with the calling
     * thread's actor and cause: call it on the request's thread. The entity's parent, if any, is
     * named by a {@code <record>Id} field (a many-to-one parent needs the listener's session).
     */
    public static AuditRow created(SessionFactory sessions, Object entity) {
        EntityPersister persister = sessions.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entity.getClass());
        Object[] state = persister.getValues(entity);
        Object id = persister.getIdentifier(entity, (SharedSessionContractImplementor) null);
        return AuditListener.row(null, persister, id, state, "CREATE", AuditListener.creation(persister, state));
    }
}
