package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.web.QueryParams;
import io.salespipeline.proposal.domain.ApplicationSummary;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.Procurement;
import io.salespipeline.proposal.domain.ProcurementProcedure;
import java.util.List;
import java.util.UUID;

/**
 * proposal-service's tolerant reading of ProspectReadyForProposal.v1 (owned by prospect-service):
 * only the fields a draft proposal needs; the profile and anything added later are ignored.
 */
public record ProspectReadyData(UUID prospectId, UUID dealId, Contact contact, ProcurementData procurement,
        List<ApplicationSummary> applications) {

    public record Contact(String name, String email, String company) {
    }

    public record ProcurementData(String procedure, String notes) {
    }

    /** The envelope names the deal; data that names another one is not trusted. */
    public UUID dealIdMatching(UUID envelopeDealId) {
        if (dealId != null && !dealId.equals(envelopeDealId)) {
            throw new InvalidInputException("dealId", "data names deal " + dealId + " but the event names "
                    + envelopeDealId);
        }
        return envelopeDealId;
    }

    public Customer customer() {
        Require.present("contact", contact);
        return new Customer(contact.company(), contact.name(), contact.email());
    }

    public Procurement procurementProcedure() {
        Require.present("procurement", procurement);
        ProcurementProcedure procedure = QueryParams.enumValue(ProcurementProcedure.class, "procurement.procedure",
                procurement.procedure());
        if (procedure == null) {
            throw new InvalidInputException("procurement.procedure", "is required");
        }
        return new Procurement(procedure, procurement.notes());
    }
}
