package io.salespipeline.platform.customerlink;

import io.salespipeline.platform.domain.Require;
import java.util.UUID;

/**
 * Whom a link is handed to: the customer's contact person. {@code personId} is the id their
 * personal data is keyed by in events (the person of {@code @Personal}); the e-mail is where
 * whatever sends e-mail delivers the link.
 */
public record LinkContact(UUID personId, String name, String email) {

    public LinkContact {
        Require.present("contact.personId", personId);
        name = Require.text("contact.name", name, 200);
        email = Require.optionalText("contact.email", email, 320);
    }
}
