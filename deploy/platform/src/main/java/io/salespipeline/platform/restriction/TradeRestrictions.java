package io.salespipeline.platform.restriction;

import io.salespipeline.platform.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The trade restrictions in force: countries no deal may be made with (ISO 3166 alpha-2) and
 * denied parties (a company name, an e-mail domain, or both). lead-service owns the lists; the
 * services that check a deal hold a copy. Names compare without case and surrounding space; a
 * domain matches the address's domain and its subdomains.
 */
public record TradeRestrictions(Set<String> restrictedCountries, List<DeniedParty> deniedParties) {

    public static final TradeRestrictions NONE = new TradeRestrictions(Set.of(), List.of());
    static final int MAX_ENTRIES = 10_000;

    /** A denied party: its company name and/or its e-mail domain; at least one. */
    @Schema(description = "A denied party: its company name and/or its e-mail domain; at least one.")
    public record DeniedParty(
            @Schema(nullable = true, description = "The company name, matched case-insensitively to a company; null "
                    + "when only the domain is denied.", examples = "Acme Trading LLC") String name,
            @Schema(nullable = true, description = "The e-mail domain, in lower case without @; null when only the name "
                    + "is denied.", examples = "acme-trading.example") String domain) {

        public DeniedParty {
            name = blankToNull(name);
            domain = blankToNull(domain) == null ? null : domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        }

        boolean matches(String company, String emailDomain) {
            return (name != null && company != null && name.equalsIgnoreCase(company.strip()))
                    || (domain != null && emailDomain != null
                            && (emailDomain.equals(domain) || emailDomain.endsWith("." + domain)));
        }

        String describe() {
            return name != null ? name : domain;
        }
    }

    public TradeRestrictions {
        restrictedCountries = restrictedCountries == null ? Set.of() : Set.copyOf(new TreeSet<>(restrictedCountries));
        deniedParties = deniedParties == null ? List.of() : List.copyOf(deniedParties);
    }

    /** Lists as an admin gives them: country codes upper-cased and checked, each party named. */
    public static TradeRestrictions of(List<String> countries, List<DeniedParty> parties) {
        Set<String> codes = new TreeSet<>();
        List<String> given = countries == null ? List.of() : countries;
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                throw new InvalidInputException("restrictedCountries[" + i + "]", "must be an ISO 3166 alpha-2 code");
            }
            codes.add(code);
        }
        List<DeniedParty> denied = new ArrayList<>();
        List<DeniedParty> listed = parties == null ? List.of() : parties;
        for (int i = 0; i < listed.size(); i++) {
            DeniedParty party = listed.get(i);
            if (party == null || (party.name() == null && party.domain() == null)) {
                throw new InvalidInputException("deniedParties[" + i + "]", "needs a name or a domain");
            }
            denied.add(party);
        }
        if (codes.size() + denied.size() > MAX_ENTRIES) {
            throw new InvalidInputException("deniedParties", "the lists may hold at most " + MAX_ENTRIES + " entries");
        }
        return new TradeRestrictions(codes, denied);
    }

    /** Why a deal with this customer is blocked, one reason per matching entry; empty: not blocked. */
    public List<String> reasonsToBlock(String company, String email, String country) {
        List<String> reasons = new ArrayList<>();
        String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code != null && restrictedCountries.contains(code)) {
            reasons.add("The country " + code + " is on the restricted-country list.");
        }
        String emailDomain = email == null || email.indexOf('@') < 0 ? null
                : email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        for (DeniedParty party : deniedParties) {
            if (party.matches(company, emailDomain)) {
                reasons.add("The party " + party.describe() + " is on the denied-party list.");
            }
        }
        return reasons;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
