package io.salespipeline.lead.application.intake;

import io.quarkus.panache.common.Parameters;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.PersonKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
            where.add("personKey.email = :email");
            parameters.and("email", key.email());
        }
        if (key.phone() != null) {
            where.add("personKey.phone = :phone");
            parameters.and("phone", key.phone());
        }
        if (key.nameAndCompany() != null) {
            where.add("personKey.nameAndCompany = :nameAndCompany");
            parameters.and("nameAndCompany", key.nameAndCompany());
        }
        if (where.isEmpty()) {
            return Optional.empty();
        }
        List<Lead> found = Lead.list(String.join(" or ", where), parameters);
        return strongest(key, found, Lead::personKey).map(lead -> new Match(lead, matchedOn(key, lead.personKey())));
    }

    /**
     * At most one lead per key part; the strongest evidence names the match: e-mail, then phone,
     * then name + company. Answers the found record with the strongest match.
     */
    static <T> Optional<T> strongest(PersonKey wanted, List<T> found, Function<T, PersonKey> keyOf) {
        return found.stream().min(Comparator.comparingInt(each -> rank(matchedOn(wanted, keyOf.apply(each)))));
    }

    /** Which part of the wanted person's key the existing one shares, strongest first. */
    static String matchedOn(PersonKey wanted, PersonKey existing) {
        if (wanted.email() != null && wanted.email().equals(existing.email())) {
            return "email";
        }
        if (wanted.phone() != null && wanted.phone().equals(existing.phone())) {
            return "phone";
        }
        return "nameAndCompany";
    }

    private static int rank(String matchedOn) {
        return switch (matchedOn) {
            case "email" -> 0;
            case "phone" -> 1;
            default -> 2;
        };
    }
}
