package io.salespipeline.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.salespipeline.platform.web.CurrentActor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.ManyToOneType;
import org.hibernate.type.Type;

/**
 * Writes one {@code audit_entry} row for every insert, update and delete of an entity of the
 * service (and every change of an entity's element collection, as a change of its owner), on
 * the same connection and in the same transaction as the change itself: a change and its audit
 * entry commit together or not at all. It reads the entity's mapping, so columns added later
 * are audited without anyone touching this class. Platform entities (the outbox) are not audited.
 */
public class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLATFORM = "io.salespipeline.platform.";

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        if (ignored(persister)) {
            return;
        }
        Object[] state = event.getState();
        write(event.getSession(), persister, event.getId(), state, "CREATE", creation(persister, state));
    }

    /** A new entity's fields as changes: every field that has a value. */
    static List<Map<String, Object>> creation(EntityPersister persister, Object[] state) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (EmbeddedParts.isPart(persister, i)) {
                EmbeddedParts.fields(persister, i, state[i]).forEach((field, value) -> {
                    if (value != null) {
                        changes.add(change(field, null, value));
                    }
                });
            } else if (!isVersion(persister, i) && state[i] != null && !isAssociation(persister, i)) {
                changes.add(change(names[i], null, state[i]));
            }
        }
        return changes;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        if (ignored(persister) || event.getDirtyProperties() == null) {
            return;
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        String[] names = persister.getPropertyNames();
        Object[] old = event.getOldState();
        for (int i : event.getDirtyProperties()) {
            if (EmbeddedParts.isPart(persister, i)) {
                Map<String, Object> before = EmbeddedParts.fields(persister, i, old == null ? null : old[i]);
                EmbeddedParts.fields(persister, i, event.getState()[i]).forEach((field, value) -> {
                    if (!Objects.equals(before.get(field), value)) {
                        changes.add(change(field, before.get(field), value));
                    }
                });
            } else if (!isVersion(persister, i) && !persister.getPropertyTypes()[i].isCollectionType()) {
                changes.add(change(names[i], old == null ? null : old[i], event.getState()[i]));
            }
        }
        if (!changes.isEmpty()) {
            write(event.getSession(), persister, event.getId(), event.getState(), "UPDATE", changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!ignored(event.getPersister())) {
            write(event.getSession(), event.getPersister(), event.getId(), event.getDeletedState(), "DELETE",
                    List.of());
        }
    }

    /** A changed collection of values (e.g. a proposal's lines) is a change of its owner. */
    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        CollectionPersister collection = event.getCollectionPersister();
        Object owner = event.getAffectedOwnerOrNull();
        if (collection.getElementType().isEntityType() || owner == null) {
            return;
        }
        EntityPersister persister = event.getSession().getFactory().getMappingMetamodel()
                .getEntityDescriptor(event.getAffectedOwnerEntityName());
        if (ignored(persister)) {
            return;
        }
        String role = collection.getRole();
        String field = role.substring(role.lastIndexOf('.') + 1);
        write(event.getSession(), persister, event.getAffectedOwnerIdOrNull(), persister.getValues(owner), "UPDATE",
                List.of(change(field, null, null)));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean ignored(EntityPersister persister) {
        return persister.getMappedClass().getName().startsWith(PLATFORM);
    }

    /** The optimistic-lock counter is bookkeeping, not a change anyone made. */
    private static boolean isVersion(EntityPersister persister, int property) {
        return persister.isVersioned() && persister.getVersionMapping() != null
                && persister.getVersionMapping().getVersionAttribute().getAttributeName()
                        .equals(persister.getPropertyNames()[property]);
    }

    private static boolean isAssociation(EntityPersister persister, int property) {
        Type type = persister.getPropertyTypes()[property];
        return type.isCollectionType() || type.isEntityType();
    }

    private static Map<String, Object> change(String field, Object from, Object to) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        Object shownFrom = AuditValues.shown(from);
        Object shownTo = AuditValues.shown(to);
        if (shownFrom != null) {
            change.put("from", shownFrom);
        }
        if (shownTo != null) {
            change.put("to", shownTo);
        }
        return change;
    }

    private static void write(SharedSessionContractImplementor session, EntityPersister persister, Object id,
            Object[] state, String action, List<Map<String, Object>> changes) {
        AuditRow row = row(session, persister, id, state, action, changes);
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry "
                + "(record_type, record_id, root_type, root_id, deal_id, action, cause, actor, changes, at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)")) {
            insert.setString(1, row.recordType());
            insert.setString(2, row.recordId());
            insert.setString(3, row.rootType());
            insert.setString(4, row.rootId());
            if (row.dealId() == null) {
                insert.setNull(5, Types.OTHER);
            } else {
                insert.setObject(5, row.dealId());
            }
            insert.setString(6, row.action());
            insert.setString(7, row.cause());
            insert.setString(8, row.actor());
            insert.setString(9, row.changes());
            insert.setObject(10, row.at());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Could not write the audit entry of " + persister.getEntityName(), e);
        }
    }

    /** The entry as written: cause and actor are the calling thread's (its request, or a declared cause). */
    static AuditRow row(SharedSessionContractImplementor session, EntityPersister persister, Object id,
            Object[] state, String action, List<Map<String, Object>> changes) {
        Root root = root(session, persister, state);
        try {
            return new AuditRow(persister.getMappedClass().getSimpleName(), String.valueOf(id),
                    root == null ? null : root.type(), root == null ? null : root.id(), dealId(persister, state),
                    action, truncate(AuditCause.current(), 500), truncate(actor(), 200),
                    JSON.writeValueAsString(changes), OffsetDateTime.now(ZoneOffset.UTC));
        } catch (JsonProcessingException e) {
            throw new HibernateException("Could not write the audit entry of " + persister.getEntityName(), e);
        }
    }

    private record Root(String type, String id) {
    }

    /**
     * The record a part belongs to (an interaction's prospect, a signature's contract): its
     * many-to-one association, or else a UUID property named {@code <record>Id}.
     */
    private static Root root(SharedSessionContractImplementor session, EntityPersister persister, Object[] state) {
        if (state == null) {
            return null;
        }
        Type[] types = persister.getPropertyTypes();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < types.length; i++) {
            if (types[i] instanceof ManyToOneType manyToOne && state[i] != null) {
                if (session == null) {
                    throw new IllegalArgumentException(persister.getEntityName() + " names its parent by association");
                }
                EntityPersister parent = session.getFactory().getMappingMetamodel()
                        .getEntityDescriptor(manyToOne.getAssociatedEntityName());
                Object parentId = state[i] instanceof HibernateProxy proxy
                        ? proxy.getHibernateLazyInitializer().getInternalIdentifier()
                        : parent.getIdentifier(state[i], session);
                return new Root(parent.getMappedClass().getSimpleName(), String.valueOf(parentId));
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].endsWith("Id") && !names[i].equals("dealId") && state[i] instanceof UUID parentId) {
                String name = names[i].substring(0, names[i].length() - 2);
                return new Root(Character.toUpperCase(name.charAt(0)) + name.substring(1), parentId.toString());
            }
        }
        return null;
    }

    private static UUID dealId(EntityPersister persister, Object[] state) {
        if (state == null) {
            return null;
        }
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("dealId") && state[i] instanceof UUID dealId) {
                return dealId;
            }
        }
        return null;
    }

    private static String actor() {
        try (InstanceHandle<CurrentActor> actor = Arc.container().instance(CurrentActor.class)) {
            return actor.get().name();
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
