package io.salespipeline.platform.privacy;

import io.salespipeline.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data keys of people, in this service's {@code person_key} table (wrapped by the master key
 * ring), written and read by SQL in the caller's transaction. Nothing is cached: once an erasure's
 * transaction destroyed a key, no replica can open the person's fields any more.
 */
@ApplicationScoped
public class PersonKeys {

    /** What this service knows of a data key. */
    public sealed interface Known {
    }

    public record Live(SecretKey key) implements Known {
    }

    public record Destroyed() implements Known {
    }

    public record Unknown() implements Known {
    }

    /** The key to encrypt a person's fields with, and its id. */
    public record DataKey(UUID id, SecretKey key) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * The person's live key, created (and published on {@value PersonKeyRecord#TOPIC}) when the
     * person has none yet; empty when the person's keys were destroyed (erased: nothing to encrypt).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DataKey> forPerson(UUID personId) {
        List<Object[]> rows = rows("select key_id, master_key_id, wrapped_key, destroyed_at from person_key "
                + "where person_id = ?1 order by destroyed_at nulls first, created_at limit 1", personId);
        if (rows.isEmpty()) {
            return Optional.of(create(personId));
        }
        Object[] row = rows.get(0);
        if (row[3] != null) {
            return Optional.empty();
        }
        UUID keyId = (UUID) row[0];
        return Optional.of(new DataKey(keyId, unwrap(keyId, personId, (String) row[1], (byte[]) row[2])));
    }

    /** What this service knows of the key with this id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Known byId(UUID keyId) {
        List<Object[]> rows = rows("select person_id, master_key_id, wrapped_key, destroyed_at from person_key "
                + "where key_id = ?1", keyId);
        if (rows.isEmpty()) {
            return new Unknown();
        }
        Object[] row = rows.get(0);
        return row[3] != null ? new Destroyed()
                : new Live(unwrap(keyId, (UUID) row[0], (String) row[1], (byte[]) row[2]));
    }

    /** Takes in a key published elsewhere; a key destroyed here is never brought back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(PersonKeyRecord record, String origin) {
        if (record.destroyed()) {
            destroy(List.of(record.keyId()), record.personId(), origin,
                    record.destroyedAt() != null ? record.destroyedAt() : Instant.now());
            return;
        }
        entityManager.createNativeQuery("insert into person_key (key_id, person_id, master_key_id, wrapped_key, origin, "
                        + "created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (key_id) do nothing")
                .setParameter(1, record.keyId()).setParameter(2, record.personId())
                .setParameter(3, record.masterKeyId()).setParameter(4, Base64.getDecoder().decode(record.wrappedKey()))
                .setParameter(5, origin).setParameter(6, record.createdAt() != null ? record.createdAt() : Instant.now())
                .executeUpdate();
    }

    /**
     * Destroys every key of these people held here, and publishes the destruction of those this
     * service created, so every other service destroys its copy too. Answers how many it destroyed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int destroyPeople(Collection<UUID> personIds, Instant now) {
        if (personIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> destroyed = entityManager.createNativeQuery("update person_key set wrapped_key = null, "
                        + "master_key_id = null, destroyed_at = ?1 where person_id in (?2) and destroyed_at is null "
                        + "returning key_id, person_id, origin")
                .setParameter(1, now).setParameter(2, personIds).getResultList();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        destroyed.stream().filter(row -> service.equals(row[2])).forEach(row -> publish(
                new PersonKeyRecord((UUID) row[0], (UUID) row[1], null, null, null, at)));
        return destroyed.size();
    }

    private void destroy(List<UUID> keyIds, UUID personId, String origin, Instant at) {
        for (UUID keyId : keyIds) {
            entityManager.createNativeQuery("insert into person_key (key_id, person_id, origin, created_at, destroyed_at) "
                            + "values (?1, ?2, ?3, ?4, ?4) on conflict (key_id) do update set wrapped_key = null, "
                            + "master_key_id = null, destroyed_at = coalesce(person_key.destroyed_at, excluded.destroyed_at)")
                    .setParameter(1, keyId).setParameter(2, personId).setParameter(3, origin).setParameter(4, at)
                    .executeUpdate();
        }
    }

    private DataKey create(UUID personId) {
        UUID keyId = UUID.randomUUID();
        SecretKey key = FieldCipher.newKey();
        byte[] wrapped = FieldCipher.wrap(masterKeys.current(), key, keyId, personId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("insert into person_key (key_id, person_id, master_key_id, wrapped_key, origin, "
                        + "created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, keyId).setParameter(2, personId).setParameter(3, masterKeys.currentId())
                .setParameter(4, wrapped).setParameter(5, service).setParameter(6, now).executeUpdate();
        publish(new PersonKeyRecord(keyId, personId, masterKeys.currentId(),
                Base64.getEncoder().encodeToString(wrapped), now, null));
        return new DataKey(keyId, key);
    }

    private void publish(PersonKeyRecord record) {
        outbox.publishKeyed(PersonKeyRecord.TOPIC, PersonKeyRecord.TYPE, record.keyId().toString(), record);
    }

    private SecretKey unwrap(UUID keyId, UUID personId, String masterKeyId, byte[] wrapped) {
        SecretKey master = masterKeys.byId(masterKeyId).orElseThrow(() -> new IllegalStateException(
                "Data key " + keyId + " is wrapped by master key " + masterKeyId + ", which is not in the key ring"));
        try {
            return FieldCipher.unwrap(master, wrapped, keyId, personId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data key " + keyId + " does not unwrap with master key " + masterKeyId, e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID id) {
        return entityManager.createNativeQuery(sql).setParameter(1, id).getResultList();
    }
}
