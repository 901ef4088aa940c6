package io.salespipeline.lead.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes two leads the same person: the same normalised e-mail, or the same phone in E.164,
 * or the same normalised name together with the same normalised company. Each part may be null
 * (not known); the database holds each non-null part at most once (unique indexes), so the rule
 * holds even for concurrent submissions.
 * <ul>
 * <li>E-mail: trimmed and lower-cased, nothing more. Plus-addressing ({@code ada+news@x}) and
 * dots are kept: whether they reach the same mailbox depends on the provider, and a false merge
 * of two people is worse than a duplicate a seller can still see.</li>
 * <li>Phone: parsed by libphonenumber with the lead's country as the default region, stored as
 * E.164 ({@code +4930123456}); a number it cannot read is bad input.</li>
 * <li>Name + company: Unicode-folded (accents dropped), lower-cased, punctuation removed,
 * whitespace collapsed; the company's legal form (Ltd, GmbH, Inc, ...) is ignored.</li>
 * </ul>
 */
@Embeddable
public record PersonKey(@Column(name = "email_key") String email, @Column(name = "phone_key") String phone,
        @Column(name = "name_company_key") String nameAndCompany) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "inc", "incorporated", "llc", "plc",
            "gmbh", "ag", "kg", "ug", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "corp",
            "corporation", "co", "company", "sl", "lda", "kft", "sro", "ooo", "pty");
    // Compiled once: every lead (and every imported row) folds its name and company.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The last phone keyed on this thread. A new lead's Contact checks its phone and
     * {@link #of(Contact)} then keys the very same one: libphonenumber's parse (the costliest
     * step of an imported row) runs once instead of twice.
     */
    private record LastPhone(String phone, String country, String e164) {
    }

    private static final ThreadLocal<LastPhone> LAST_PHONE = new ThreadLocal<>();

    public static PersonKey of(Contact contact) {
        return new PersonKey(email(contact.email()), phone(contact.phone(), contact.country()),
                nameAndCompany(contact.name(), contact.company()));
    }

    public boolean isEmpty() {
        return email == null && phone == null && nameAndCompany == null;
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** E.164, or null when no phone is given; {@code field} names it in the refusal. */
    public static String phone(String phone, String country) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        LastPhone last = LAST_PHONE.get();
        if (last != null && last.phone().equals(phone) && Objects.equals(last.country(), country)) {
            return last.e164();
        }
        try {
            PhoneNumber parsed = PHONES.parse(phone.strip(), country == null ? "ZZ" : country.toUpperCase(Locale.ROOT));
            // A local-only number (without area code) cannot identify anyone across regions.
            if (PHONES.isPossibleNumberWithReason(parsed) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
                throw new InvalidInputException("phone", "is not a possible phone number");
            }
            String e164 = PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            LAST_PHONE.set(new LastPhone(phone, country, e164));
            return e164;
        } catch (NumberParseException e) {
            throw new InvalidInputException("phone", country == null
                    ? "is not a phone number (give it with its country code, e.g. +49 30 123456, or set country)"
                    : "is not a phone number");
        }
    }

    /** Null unless both are given: a name alone identifies nobody. */
    public static String nameAndCompany(String name, String company) {
        String folded = fold(name);
        String firm = company(company);
        return folded == null || firm == null ? null : folded + "|" + firm;
    }

    static String company(String company) {
        String folded = fold(company);
        if (folded == null) {
            return null;
        }
        String[] words = folded.split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_FORMS.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String folded = NOT_LETTER_OR_DIGIT.matcher(withoutMarks).replaceAll(" ").strip();
        return folded.isEmpty() ? null : folded;
    }
}
