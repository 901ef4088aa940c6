package io.salespipeline.lead.domain;

import io.salespipeline.platform.privacy.Erased;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

/**
 * The person as the lead took them in ({@link Contact}), kept as columns. Erased, it forgets the
 * person: the name is replaced, e-mail, phone and job title go; company and country stay (they
 * describe the business, and the funnel still counts them).
 */
@Embeddable
public class ContactSnapshot {

    private String personName;
    private String email;
    private String phone;
    private String company;
    private String jobTitle;
    private String country;
    /** The contact the fields hold, built (and checked: libphonenumber, patterns) once, not on every read. */
    @Transient
    private Contact contact;

    protected ContactSnapshot() {
        // for JPA
    }

    static ContactSnapshot of(Contact contact) {
        ContactSnapshot snapshot = new ContactSnapshot();
        snapshot.personName = contact.name();
        snapshot.email = contact.email();
        snapshot.phone = contact.phone();
        snapshot.company = contact.company();
        snapshot.jobTitle = contact.jobTitle();
        snapshot.country = contact.country();
        snapshot.contact = contact;
        return snapshot;
    }

    /** The contact; not for an erased snapshot (its fields no longer make a Contact). */
    Contact contact() {
        if (contact == null) {
            // Checked when it was made; the fields change again only by erasure.
            contact = new Contact(personName, email, phone, company, jobTitle, country);
        }
        return contact;
    }

    void erase() {
        personName = Erased.NAME;
        email = null;
        phone = null;
        jobTitle = null;
        contact = null;
    }

    /** The stored (normalised) e-mail address; null when none or erased. */
    String email() {
        return email;
    }
}
