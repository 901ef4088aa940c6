package io.salespipeline.lead.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes two leads' companies one account, strongest first: the same VAT id (the lead's
 * {@code vatId} attribute, upper case without spaces, dots or dashes), the same e-mail domain (not
 * a public mail provider's, which many companies share), or the same company name (folded as for
 * a person's key, legal form ignored) in the same country. Each part may be null (not known).
 */
public record AccountKey(String vatId, String domain, String nameAndCountry) {

    /** The attribute a lead gives its company's VAT id in. */
    public static final String VAT_ID_ATTRIBUTE = "vatId";

    private static final Set<String> PUBLIC_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net",
            "web.de", "t-online.de", "proton.me", "protonmail.com", "mail.ru", "yandex.ru", "orange.fr", "free.fr",
            "libero.it", "qq.com", "163.com");
    private static final Pattern VAT_SEPARATORS = Pattern.compile("[\\s.\\-]+");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[A-Z0-9]{2,13}");

    public static AccountKey of(Contact contact, Map<String, String> attributes) {
        String company = PersonKey.company(contact.company());
        return new AccountKey(vatId(attributes == null ? null : attributes.get(VAT_ID_ATTRIBUTE)),
                domain(contact.email()),
                company == null ? null : company + "|" + (contact.country() == null ? "" : contact.country()));
    }

    /** Nothing names a company: the lead belongs to no account. */
    public boolean isEmpty() {
        return vatId == null && domain == null && nameAndCountry == null;
    }

    /** A VAT id that does not look like one (country prefix and 2-13 letters or digits) is not used to match. */
    static String vatId(String given) {
        if (given == null) {
            return null;
        }
        String vat = VAT_SEPARATORS.matcher(given).replaceAll("").toUpperCase(Locale.ROOT);
        return VAT.matcher(vat).matches() ? vat : null;
    }

    static String domain(String email) {
        if (email == null) {
            return null;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.isEmpty() || PUBLIC_MAIL.contains(domain) ? null : domain;
    }
}
