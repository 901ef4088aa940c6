package io.salespipeline.lead.application;

import io.quarkus.panache.common.Parameters;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.PersonKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Find the existing lead for this person": the one check every intake path (JSON, web form,
 * import) makes before creating a lead. The unique indexes on the key columns are what finally
 * guarantee one lead per person; this finds the lead to report or merge into.
 */
@ApplicationScoped
public class DuplicateLeads {

    /** The existing lead and the part of the person's key it shares: email, phone or nameAndCompany. */
    public record Match(Lead lead, String matchedOn) {
    }

    public Optional<Match> findExisting(Contact contact) {
        return findExisting(PersonKey.of(contact));
    }

    public Optional<Match> findExisting(PersonKey key) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (key.email() != null) {
            where.add("emailKey = :email");
            parameters.and("email", key.email());
        }
        if (key.phone() != null) {
            where.add("phoneKey = :phone");
            parameters.and("phone", key.phone());
        }
        if (key.nameAndCompany() != null) {
            where.add("nameCompanyKey = :nameAndCompany");
            parameters.and("nameAndCompany", key.nameAndCompany());
        }
        if (where.isEmpty()) {
            return Optional.empty();
        }
        List<Lead> found = Lead.list(String.join(" or ", where), parameters);
        // At most one lead per key part; the strongest evidence names the match: e-mail, phone, name + company.
        for (Lead lead : found) {
            if (key.email() != null && key.email().equals(lead.personKey().email())) {
                return Optional.of(new Match(lead, "email"));
            }
        }
        for (Lead lead : found) {
            if (key.phone() != null && key.phone().equals(lead.personKey().phone())) {
                return Optional.of(new Match(lead, "phone"));
            }
        }
        return found.stream().findFirst().map(lead -> new Match(lead, "nameAndCompany"));
    }
}
