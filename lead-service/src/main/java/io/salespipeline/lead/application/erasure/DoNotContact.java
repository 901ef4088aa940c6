package io.salespipeline.lead.application.erasure;

import io.salespipeline.lead.domain.DoNotContactEntry;
import io.salespipeline.platform.privacy.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import java.util.UUID;

/**
 * The do-not-contact register: people who asked to be forgotten. Every intake path asks
 * {@link #isListed(String)} before it stores a lead, and refuses a listed address.
 */
@ApplicationScoped
public class DoNotContact {

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    /** Whether this e-mail address (in any case, with or without surrounding blanks) is listed. */
    public boolean isListed(String email) {
        String hash = EmailAddress.sha256(email);
        return hash != null && DoNotContactEntry.findById(hash) != null;
    }

    /**
     * Which of these addresses' hashes ({@link EmailAddress#sha256}) are listed: one look-up for a
     * whole batch of imported rows, on a connection of its own (import threads have no transaction).
     */
    public Set<String> listedAmong(Collection<String> emailSha256s) {
        if (emailSha256s.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select email_sha256 from do_not_contact where email_sha256 = any (?)")) {
            select.setArray(1, connection.createArrayOf("text", emailSha256s.toArray()));
            Set<String> listed = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    listed.add(rows.getString(1));
                }
            }
            return listed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the do-not-contact register", e);
        }
    }

    /** Lists the address (idempotent: a second request for the same address keeps the first entry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void list(String email, UUID erasureId, Instant now) {
        String hash = EmailAddress.sha256(email);
        if (hash == null) {
            return;
        }
        entityManager.createNativeQuery("insert into do_not_contact (email_sha256, erasure_id, listed_at) "
                        + "values (:hash, :erasure, :now) on conflict (email_sha256) do nothing")
                .setParameter("hash", hash).setParameter("erasure", erasureId).setParameter("now", now)
                .executeUpdate();
    }
}
