package io.salespipeline.proposal.api;

import io.salespipeline.platform.web.Problem;
import io.salespipeline.proposal.domain.ApprovalStepsMissingException;
import io.salespipeline.proposal.domain.NoPriceInCurrencyException;
import io.salespipeline.proposal.domain.RfpDeadlinePassedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals an RFP or the price book imposes, each with a problem type of its own so a client can tell them apart. */
public class ProposalProblems {

    @ServerExceptionMapper
    public Response rfpDeadlinePassed(RfpDeadlinePassedException e) {
        return Problem.of(409, "rfp-deadline-passed", "The RFP's deadline has passed", e.getMessage())
                .with("action", e.action())
                .with("deadline", e.deadline().toString())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response approvalStepsMissing(ApprovalStepsMissingException e) {
        return Problem.of(409, "approval-steps-missing", "The customer's approval steps are not all recorded",
                e.getMessage())
                .with("action", e.action())
                .with("missingSteps", e.missingSteps())
                .toResponse();
    }

    /** A valid request the price book cannot serve: 422, the SKU and the currencies it is priced in. */
    @ServerExceptionMapper
    public Response noPriceInCurrency(NoPriceInCurrencyException e) {
        return Problem.of(422, "no-price-in-currency", "The product has no price in the proposal's currency",
                e.getMessage())
                .with("sku", e.sku())
                .with("currency", e.currency())
                .with("pricedIn", e.pricedIn())
                .toResponse();
    }
}
