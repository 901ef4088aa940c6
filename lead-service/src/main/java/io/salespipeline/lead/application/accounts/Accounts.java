package io.salespipeline.lead.application.accounts;

import io.salespipeline.lead.application.search.LeadFilter;
import io.salespipeline.lead.domain.Account;
import io.salespipeline.lead.domain.AccountKey;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Company accounts: found or opened for a lead whose deal starts, and read. */
@ApplicationScoped
@RetriedOnConcurrentChange
public class Accounts {

    /**
     * The lead's account: the one it already has, else the one its company's keys find (strongest
     * first), else a new one named after its company (or its e-mail domain). Null when nothing
     * names a company. Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID accountFor(Lead lead, String actor, Instant now) {
        if (lead.accountId() != null) {
            return lead.accountId();
        }
        Contact contact = lead.contact();
        AccountKey key = contact == null ? null : AccountKey.of(contact, lead.attributes());
        if (key == null || key.isEmpty()) {
            return null;
        }
        Optional<Account> known = find(key);
        if (known.isPresent()) {
            return known.get().id();
        }
        // Another transaction may open the same company's account now: the unique keys make one of
        // the two inserts do nothing (waiting for the other to commit), and the lookup then finds it.
        Account.getEntityManager().createNativeQuery("""
                insert into account (id, name, country, domain, vat_id, name_country_key, created_by, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                .setParameter(1, Ids.newId())
                .setParameter(2, contact.company() != null ? contact.company() : key.domain() != null ? key.domain() : key.vatId())
                .setParameter(3, contact.country()).setParameter(4, key.domain()).setParameter(5, key.vatId())
                .setParameter(6, key.nameAndCountry()).setParameter(7, actor).setParameter(8, now)
                .executeUpdate();
        return find(key).orElseThrow().id();
    }

    public Account get(UUID id) {
        return Account.<Account>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("account", id));
    }

    /**
     * One page of accounts, oldest first, narrowed to the given e-mail domain and to names that
     * contain {@code q} (case-insensitive) when given.
     */
    public List<Account> list(String domain, String q, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("domain", domain)
                .where("lower(name) like :q escape '\\'", "q", q == null || q.isBlank() ? null
                        : LeadFilter.containing(q.strip().toLowerCase(Locale.ROOT)));
        return keyset.fetch(Account.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /** The leads of the account, oldest first. */
    public List<Lead> people(UUID accountId) {
        return Lead.list("accountId = ?1 order by createdAt, id", accountId);
    }

    private static Optional<Account> find(AccountKey key) {
        return by("vatId", key.vatId()).or(() -> by("domain", key.domain()))
                .or(() -> by("nameCountryKey", key.nameAndCountry()));
    }

    private static Optional<Account> by(String field, String value) {
        return value == null ? Optional.empty() : Account.<Account>find(field, value).firstResultOptional();
    }
}
