package io.salespipeline.lead.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.salespipeline.lead.domain.Assessment;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.platform.stage.DealLoss;
import io.salespipeline.platform.stage.DealWin;
import io.salespipeline.lead.domain.Interest;
import io.salespipeline.lead.domain.InterestChannel;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.domain.LeadRouting;
import io.salespipeline.lead.domain.RoutingOutcome;
import io.salespipeline.lead.domain.RoutingWay;
import io.salespipeline.lead.domain.Source;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A lead as the API shows it. {@code source} is how it first arrived; {@code sources} (only on
 * the single lead) is every arrival of the person, oldest first. {@code dealWon}: when the deal
 * this lead started closed and its first order's value (a WON lead), else null.
 */
public record LeadView(UUID id, UUID dealId, LeadStatus status, Contact contact, String notes,
        Map<String, String> attributes, SourceView source, Assessment assessment, Interest interest,
        Contacted contacted, String disqualificationReason, Reopened reopened, String createdBy, Instant createdAt,
        Instant updatedAt, Instant qualifiedAt, Instant erasedAt, DealLoss dealLoss, DealWin dealWon, String owner,
        Set<String> sharedWith, PendingReview pendingReview, Routing routing,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Arrival> sources) {

    /**
     * How the lead was routed (null: never meant for routing, a seller's own or a manager's entry):
     * the way it came in and which form, key or import; the outcome (null: still waiting), the rule
     * that fired (null with FALLBACK when none matched), why it fell back, when.
     */
    public record Routing(RoutingWay way, String ref, RoutingOutcome outcome, UUID ruleId, String rule, String reason,
            Instant routedAt) {

        static Routing of(LeadRouting routing) {
            return routing.way() == null ? null : new Routing(routing.way(), routing.ref(), routing.outcome(),
                    routing.ruleId(), routing.ruleName(), routing.reason(), routing.routedAt());
        }
    }

    /** Unverified arrivals (web-form posts for this known person) wait for the owner's review: since when, how many. */
    public record PendingReview(Instant since, int arrivals) {
    }

    public record Contacted(InterestChannel channel, Instant at, String by) {
    }

    public record Reopened(String reason, Instant at) {
    }

    /** One arrival of the person: its source, the notes it brought, what else an unverified one carried, when. */
    public record Arrival(Source source, String notes,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> submitted, String receivedBy,
            Instant receivedAt) {

        static Arrival of(LeadSource arrival) {
            return new Arrival(arrival.source(), arrival.notes(), arrival.submitted(), arrival.receivedBy(),
                    arrival.receivedAt());
        }
    }

    public static LeadView of(Lead lead) {
        return of(lead, null);
    }

    public static LeadView of(Lead lead, List<LeadSource> sources) {
        return new LeadView(lead.id(), lead.dealId(), lead.status(), lead.contact(), lead.notes(),
                lead.attributes(), new SourceView(lead.sourceKind(), lead.sourceDetail()),
                lead.assessment(), lead.interest(),
                lead.contacted() == null ? null
                        : new Contacted(lead.contacted().channel(), lead.contacted().at(), lead.contacted().by()),
                lead.disqualificationReason(),
                lead.reopening() == null ? null : new Reopened(lead.reopening().reason(), lead.reopening().at()),
                lead.createdBy(), lead.createdAt(), lead.updatedAt(), lead.qualifiedAt(), lead.erasedAt(), lead.dealLoss(),
                lead.dealWin(),
                lead.owner(), lead.sharedWith(),
                lead.pendingReview().waiting()
                        ? new PendingReview(lead.pendingReview().since(), lead.pendingReview().arrivals()) : null,
                Routing.of(lead.routing()),
                sources == null ? null : sources.stream().map(Arrival::of).toList());
    }
}
