package io.salespipeline.proposal.api;

import io.salespipeline.platform.web.Problem;
import jakarta.ws.rs.core.Response;

/** The customer's own acts (accepting, rejecting) refused to every token: the customer acts through their link. */
final class CustomerActs {

    private CustomerActs() {
    }

    static Response refused(String action) {
        return Problem.of(403, "customer-act", "Only the customer can do this",
                "The customer records the " + action + " themselves, through the link e-mailed to their contact "
                        + "when the version was sent; a seller cannot record it for them. To give the customer a new "
                        + "link: POST /api/proposals/{id}/customer-links/{linkId}/reissue.")
                .with("action", action).toResponse();
    }
}
