package io.salespipeline.platform.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PDFs kept in the service's database, one per record, in a table of the service's own
 * (columns {@code id uuid primary key, source_key char(64), sha256 char(64), pdf bytea,
 * rendered_at timestamptz}). {@link #current} serves the stored bytes while the record still
 * prints the same ({@link PdfSource#key()} unchanged: a template fill, no rendering) and renders
 * and stores anew otherwise; called in the transaction that changes the record, the stored
 * bytes commit or roll back with the change, and a stored PDF whose key no longer matches is
 * never served. Tables are named by the calling service, never by input.
 */
@ApplicationScoped
public class StoredPdfs {

    @Inject
    EntityManager entityManager;

    @Inject
    RenderedPdfs pdfs;

    /**
     * The stored PDF when it was rendered from exactly this source; else renders, stores and
     * answers it. Stores in the caller's transaction, or in one of its own after rendering: a
     * rendering (CPU-bound, slow on a starved machine) never holds a transaction the caller did not open.
     */
    public StoredPdf current(String table, UUID id, PdfSource source) {
        String key = source.key();
        return find(table, id).filter(stored -> stored.sourceKey().equals(key)).orElseGet(() -> {
            StoredPdf rendered = StoredPdf.of(pdfs.render(source), key);
            QuarkusTransaction.joiningExisting().run(() -> store(table, id, rendered));
            return rendered;
        });
    }

    private void store(String table, UUID id, StoredPdf rendered) {
        // Two first readers may render at once: both store the same bytes, the row stays one.
        entityManager.createNativeQuery("insert into " + table + " (id, source_key, sha256, pdf, rendered_at) "
                + "values (:id, :key, :sha256, :pdf, :at) on conflict (id) do update set source_key = excluded.source_key, "
                + "sha256 = excluded.sha256, pdf = excluded.pdf, rendered_at = excluded.rendered_at")
                .setParameter("id", id).setParameter("key", rendered.sourceKey()).setParameter("sha256", rendered.sha256())
                .setParameter("pdf", rendered.pdf()).setParameter("at", Instant.now()).executeUpdate();
    }

    /** Rendered for this answer only, not stored (a draft that changes with every edit). */
    public StoredPdf rendered(PdfSource source) {
        return StoredPdf.of(pdfs.render(source), source.key());
    }

    /** The stored PDF of the record, whatever it was rendered from. */
    public Optional<StoredPdf> find(String table, UUID id) {
        List<?> rows = entityManager.createNativeQuery("select pdf, sha256, source_key from " + table + " where id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .map(row -> new StoredPdf((byte[]) row[0], ((String) row[1]).strip(), ((String) row[2]).strip()));
    }

    /** Forgets the stored PDFs of these records (e.g. they named a person who asked to be forgotten). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String table, Collection<UUID> ids) {
        return ids.isEmpty() ? 0 : entityManager.createNativeQuery("delete from " + table + " where id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }
}
