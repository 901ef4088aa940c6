package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A closed deal as order intake takes it in ({@link OrderIntake#takeIn}): its customer and the
 * first order the closed contract placed. {@code source} names what told it (an event), for the
 * order's history; {@code attribution}: where the deal came from (null: not known); {@code seller}:
 * who closed it (null: not known); {@code briefing}: what the seller learned and promised (null:
 * not told); {@code accountId}: the company account the deal is for (null: not known), whose
 * customer takes the order.
 */
public record ClosedDeal(String source, UUID dealId, UUID contractId, NewCustomer customer, FirstOrder firstOrder,
        Attribution attribution, String seller, DealBriefing briefing, UUID accountId) {

    /** A closed deal that says neither who sold it, what the seller learned nor its account. */
    public ClosedDeal(String source, UUID dealId, UUID contractId, NewCustomer customer, FirstOrder firstOrder,
            Attribution attribution) {
        this(source, dealId, contractId, customer, firstOrder, attribution, null, null, null);
    }

    /** A closed deal that does not say where it came from. */
    public ClosedDeal(String source, UUID dealId, UUID contractId, NewCustomer customer, FirstOrder firstOrder) {
        this(source, dealId, contractId, customer, firstOrder, null);
    }

    /** country: ISO 3166 alpha-2 when known (optional), for the BY_REGION hand-off. */
    public record NewCustomer(String company, String contactName, String contactEmail, String country) {
    }

    public record FirstOrder(String poNumber, LocalDate requestedDeliveryDate, String currency, List<OrderLine> lines,
            OrderTotals totals) {
    }
}
