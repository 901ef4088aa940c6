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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lead as the API shows it. {@code source} is how it first arrived; {@code sources} (only on
 * the single lead) is every arrival of the person, oldest first. {@code dealWon}: when the deal
 * this lead started closed and its first order's value (a WON lead), else null.
 */
@Schema(description = "A lead: a person a seller may contact, where they came from, and how far qualification got.")
public record LeadView(
        @Schema(required = true, description = "The lead's id.") UUID id,
        @Schema(nullable = true, description = "The deal this lead started: set when it is qualified (the id every "
                + "later stage shares); null before.") UUID dealId,
        @Schema(nullable = true, description = "The company account the lead's deals are for (GET /api/accounts/{id}): "
                + "set when its first deal starts; null before, or when nothing names a company.") UUID accountId,
        @Schema(nullable = true, description = "The deal the current one follows (a new deal of a won or lost lead, or "
                + "a re-opened lost deal); null for the lead's first deal.") UUID previousDealId,
        @Schema(required = true, description = "Where the lead stands.") LeadStatus status,
        @Schema(nullable = true, description = "The person; null once the lead is erased on the person's request.")
        Contact contact,
        @Schema(nullable = true, description = "Free notes about the lead; null when none (or erased).",
                examples = "Met at the booth; wants a demo in May.") String notes,
        @Schema(required = true, description = "Further facts as name-value pairs, as given; empty when none (or erased).",
                examples = "{\"employees\": \"250\"}") Map<String, String> attributes,
        @Schema(required = true, description = "How the lead first came in.") SourceView source,
        @Schema(nullable = true, description = "The seller's viable-candidate assessment; null until one is recorded.")
        Assessment assessment,
        @Schema(nullable = true, description = "The contact's expressed interest; null until it is recorded.")
        Interest interest,
        @Schema(nullable = true, description = "The latest contact a seller made; null when none was recorded.")
        Contacted contacted,
        @Schema(nullable = true, description = "Why the lead was disqualified; null unless DISQUALIFIED.",
                examples = "No budget this year.") String disqualificationReason,
        @Schema(nullable = true, description = "The last reopening of a disqualified lead; null if never reopened.")
        Reopened reopened,
        @Schema(required = true, description = "Who created the lead: the token subject, the API key's integration, "
                + "anonymous for a web form, or the import's creator.", examples = "sam.seller") String createdBy,
        @Schema(required = true, description = "When the lead was created (UTC).", examples = "2026-03-02T09:30:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the lead last changed (UTC).", examples = "2026-03-04T15:00:00Z")
        Instant updatedAt,
        @Schema(nullable = true, description = "When the lead was qualified (UTC); null before.",
                examples = "2026-03-05T11:20:00Z") Instant qualifiedAt,
        @Schema(nullable = true, description = "When the person's data was erased on their request (UTC); null "
                + "otherwise. An erased lead allows no further action.", examples = "2026-06-01T08:00:00Z")
        Instant erasedAt,
        @Schema(nullable = true, description = "The deal's loss, at this or a later stage; null unless lost.")
        DealLoss dealLoss,
        @Schema(nullable = true, description = "The deal's win (a WON lead): when it closed and the first order's "
                + "value; null otherwise.") DealWin dealWon,
        @Schema(nullable = true, description = "The seller who works the lead (token subject); null while it waits in "
                + "the managers' fallback queue or for routing.", examples = "sam.seller") String owner,
        @Schema(required = true, description = "Other sellers the owner shares the lead with (token subjects); empty "
                + "when none.", examples = "[\"kim.seller\"]") Set<String> sharedWith,
        @Schema(nullable = true, description = "Unverified arrivals of this known person waiting for the owner's "
                + "review; null when none waits.") PendingReview pendingReview,
        @Schema(nullable = true, description = "How the lead was routed; null for a lead never meant for routing (a "
                + "seller's own, or a manager's entry).") Routing routing,
        @Schema(description = "Every arrival of the person, oldest first; only on GET /api/leads/{id} (absent in lists).")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Arrival> sources) {

    /**
     * How the lead was routed (null: never meant for routing, a seller's own or a manager's entry):
     * the way it came in and which form, key or import; the outcome (null: still waiting), the rule
     * that fired (null with FALLBACK when none matched), why it fell back, when.
     */
    @Schema(description = "How the lead was routed to a seller.")
    public record Routing(
            @Schema(required = true, description = "The way the lead came in.") RoutingWay way,
            @Schema(nullable = true, description = "Which one: the web form's id, the API key's id or the import's id.",
                    examples = "contact-us") String ref,
            @Schema(nullable = true, description = "What routing did; null while the lead still waits for routing.")
            RoutingOutcome outcome,
            @Schema(nullable = true, description = "The routing rule that fired; null when none matched (FALLBACK) or "
                    + "not routed yet.") UUID ruleId,
            @Schema(nullable = true, description = "That rule's name, as it was then; null as ruleId.",
                    examples = "DACH web forms") String rule,
            @Schema(nullable = true, description = "Why the lead fell back to the managers' queue; null when assigned.",
                    examples = "no rule matched") String reason,
            @Schema(nullable = true, description = "When it was routed (UTC); null while it waits.",
                    examples = "2026-03-02T09:30:01Z") Instant routedAt) {

        static Routing of(LeadRouting routing) {
            return routing.way() == null ? null : new Routing(routing.way(), routing.ref(), routing.outcome(),
                    routing.ruleId(), routing.ruleName(), routing.reason(), routing.routedAt());
        }
    }

    /** Unverified arrivals (web-form posts for this known person) wait for the owner's review: since when, how many. */
    @Schema(description = "Unverified arrivals waiting for the owner's review.")
    public record PendingReview(
            @Schema(required = true, description = "Since when the first one waits (UTC).", examples = "2026-03-06T18:40:00Z")
            Instant since,
            @Schema(required = true, description = "How many arrivals wait.", examples = "2") int arrivals) {
    }

    @Schema(description = "The latest contact a seller made with the person.")
    public record Contacted(
            @Schema(required = true, description = "How the seller made contact.") InterestChannel channel,
            @Schema(required = true, description = "When (UTC).", examples = "2026-03-03T14:00:00Z") Instant at,
            @Schema(required = true, description = "Who made contact (token subject).", examples = "sam.seller") String by) {
    }

    @Schema(description = "A disqualified lead reopened.")
    public record Reopened(
            @Schema(required = true, description = "Why it was reopened.", examples = "New budget approved for Q3.")
            String reason,
            @Schema(required = true, description = "When (UTC).", examples = "2026-07-01T09:00:00Z") Instant at) {
    }

    /** One arrival of the person: its source, the notes it brought, what else an unverified one carried, when. */
    @Schema(description = "One arrival of the person (the first, or a later duplicate merged into this lead).")
    public record Arrival(
            @Schema(required = true, description = "Where this arrival came from.") Source source,
            @Schema(nullable = true, description = "The notes it brought; null when none.",
                    examples = "Asked for pricing on the web site.") String notes,
            @Schema(description = "What else an unverified arrival (an anonymous web-form post) carried, field by field, "
                    + "not applied to the lead; absent for others.", examples = "{\"phone\": \"+49 30 1234567\"}")
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> submitted,
            @Schema(required = true, description = "Who delivered it: the token subject, the integration, or anonymous.",
                    examples = "anonymous") String receivedBy,
            @Schema(required = true, description = "When it arrived (UTC).", examples = "2026-03-06T18:40:00Z")
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
        return new LeadView(lead.id(), lead.dealId(), lead.accountId(), lead.previousDealId(), lead.status(), lead.contact(), lead.notes(),
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
