package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing.ProfileSummary;
import io.salespipeline.platform.web.QueryParams;
import io.salespipeline.proposal.domain.ApplicationSummary;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.Handover;
import io.salespipeline.proposal.domain.Procurement;
import io.salespipeline.proposal.domain.ProcurementProcedure;
import io.salespipeline.proposal.domain.RfpDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * proposal-service's tolerant reading of ProspectReadyForProposal.v1 (owned by prospect-service):
 * only the fields a draft proposal needs, and of the profile only what support is told about the company
 * (industry, size, business model: not the culture notes nor the decision makers); anything added
 * later is ignored. {@code profile} is null for a deal readied without one.
 * {@code owner} (the seller who works the deal) and {@code sharedWith} (other sellers) are missing
 * in events published before ownership existed: such a proposal is unassigned (sales managers only);
 * {@code attribution} (where the deal came from) in events published before it existed: not known.
 * {@code currency} (the deal's, ISO 4217) is missing in events published before a prospect could
 * choose one, and null when it chose none: the proposal is made in {@code sales.proposal.currency}.
 * {@code accountId} (the company account the deal is for): null or missing (older events): not known.
 */
public record ProspectReadyData(UUID prospectId, UUID dealId, Contact contact, ProcurementData procurement,
        List<ApplicationSummary> applications, Instant readyAt, String owner, List<String> sharedWith,
        Attribution attribution, String currency, ProfileData profile,
        UUID accountId) {

    /** The company's profile; the culture notes and decision makers (people) are not read. */
    public record ProfileData(String industry, String companySize, String businessModel) {
    }

    /** country (ISO 3166-1 alpha-2): null or missing (older events): not known. */
    public record Contact(String name, String email, String company, String country) {
    }

    /** rfpReference, deadline and approvalSteps come with a FORMAL_RFP only. */
    public record ProcurementData(String procedure, String notes, String rfpReference, LocalDate deadline,
            List<RfpDetails.ApprovalStep> approvalSteps) {
    }

    /** The RFP's references for a formal proposal; null for other procedures. */
    public RfpDetails rfp() {
        if (procurement == null || (procurement.rfpReference() == null && procurement.deadline() == null
                && (procurement.approvalSteps() == null || procurement.approvalSteps().isEmpty()))) {
            return null;
        }
        return new RfpDetails(procurement.rfpReference(), procurement.deadline(), procurement.approvalSteps());
    }

    /**
     * The hand-over as the domain takes it; the deal is the envelope's ({@link #dealIdMatching}).
     * A readiness in the future is refused: it would order the hand-overs of the deal wrongly.
     */
    public Handover handover(UUID envelopeDealId, String eventId) {
        StatedTimes.notInFuture("readyAt", readyAt);
        return new Handover(dealIdMatching(envelopeDealId), prospectId, customer(), procurementProcedure(), rfp(),
                applications, readyAt, ownerOrNull(), sharedWithOrEmpty(), eventId, attribution, currencyOrNull(),
                profileSummary(), accountId);
    }

    /** The company as the seller described it, with how it buys; null when neither is known. */
    public ProfileSummary profileSummary() {
        String procedure = procurement == null ? null : procurement.procedure();
        if (profile == null && procedure == null) {
            return null;
        }
        return profile == null ? new ProfileSummary(null, null, null, procedure)
                : new ProfileSummary(profile.industry(), profile.companySize(), profile.businessModel(), procedure);
    }

    /** The envelope names the deal; data that names another one is not trusted. */
    public UUID dealIdMatching(UUID envelopeDealId) {
        if (dealId != null && !dealId.equals(envelopeDealId)) {
            throw new InvalidInputException("dealId", "data names deal " + dealId + " but the event names "
                    + envelopeDealId);
        }
        return envelopeDealId;
    }

    /** The deal's currency, checked as ISO 4217; null (or blank): none chosen. */
    public String currencyOrNull() {
        return currency == null || currency.isBlank() ? null : Money.zero(currency).currency();
    }

    /** Who works the deal; a blank owner is no owner. */
    public String ownerOrNull() {
        return owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** The other sellers it is shared with; missing, null or blank entries count as none. */
    public List<String> sharedWithOrEmpty() {
        return sharedWith == null ? List.of()
                : sharedWith.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    public Customer customer() {
        Require.present("contact", contact);
        return new Customer(contact.company(), contact.name(), contact.email(), contact.country());
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
