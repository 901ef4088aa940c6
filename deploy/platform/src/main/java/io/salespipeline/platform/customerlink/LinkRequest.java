package io.salespipeline.platform.customerlink;

import io.salespipeline.platform.domain.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A link to issue: for one purpose, on exactly one version of one record of a deal, to one
 * contact. {@code expiresAt} null: {@code sales.customer-links.valid-for} from now.
 */
public record LinkRequest(CustomerLinkPurpose purpose, UUID dealId, UUID recordId, int recordVersion,
        LinkContact contact, Instant expiresAt) {

    public LinkRequest {
        Require.present("purpose", purpose);
        Require.present("dealId", dealId);
        Require.present("recordId", recordId);
        Require.present("contact", contact);
    }
}
