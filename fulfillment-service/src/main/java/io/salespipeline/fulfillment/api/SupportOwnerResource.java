package io.salespipeline.fulfillment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.salespipeline.fulfillment.application.SupportHandOff;
import io.salespipeline.fulfillment.application.Surveys;
import io.salespipeline.fulfillment.domain.NetPromoterScore;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import io.salespipeline.platform.domain.RecordNotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/support-owners")
@RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER})
@Tag(name = "Support owners", description = "The support staff and their customers' satisfaction. NPS = % promoters "
        + "(scores 9-10) - % detractors (0-6) of the surveys answered while the person owned the customer, from -100 "
        + "to 100, one decimal (half-even); null without surveys.")
public class SupportOwnerResource {

    @Inject
    SupportHandOff handOff;

    @Inject
    Surveys surveys;

    @Inject
    Visibility visibility;

    /** One support owner's load and NPS. */
    @Schema(description = "A support person's load and Net Promoter Score.")
    public record SupportOwnerView(
            @Schema(required = true, description = "The support person's name, as the roster and the token subject "
                    + "have it.", examples = "ana.support") String name,
            @Schema(required = true, description = "How many customers the person owns now.", examples = "42")
            long customers,
            @Schema(required = true, description = "How many orders of those customers are open (neither COMPLETED "
                    + "nor CANCELLED).", examples = "7") long openOrders,
            @Schema(required = true, description = "How many customer answers count towards the NPS: answered while "
                    + "the person owned the customer, within [from, to) when given.", examples = "20") long responses,
            @Schema(required = true, description = "Answers scoring 9 or 10.", examples = "12") long promoters,
            @Schema(required = true, description = "Answers scoring 7 or 8.", examples = "5") long passives,
            @Schema(required = true, description = "Answers scoring 0 to 6.", examples = "3") long detractors,
            @Schema(nullable = true, description = "% promoters - % detractors, -100 to 100 with one decimal "
                    + "(half-even), as a decimal string such as 45.0; null without answers.") BigDecimal nps) {
    }

    @GET
    @Operation(operationId = "listSupportOwners", summary = "List support owners",
            description = "Everyone the hand-off rule may choose, with customers, open orders and NPS (one page); a "
            + "support person gets their own row only")
    public Page<SupportOwnerView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, Long> customers = handOff.customersByOwner();
        Map<String, Long> open = handOff.openOrdersByOwner();
        // A support person sees their own figures; a sales manager everyone's.
        Optional<String> viewer = visibility.restrictedTo();
        return new Page<>(handOff.policy().everyone().stream().filter(name -> viewer.map(name::equals).orElse(true))
                .map(name -> view(name, customers.getOrDefault(name, 0L),
                open.getOrDefault(name, 0L), surveys.npsOf(name, instant("from", from), instant("to", to)))).toList(),
                null);
    }

    @GET
    @Path("{name}/nps")
    @Operation(operationId = "getSupportOwnerNps", summary = "Get a support owner's NPS",
            description = "One support owner's NPS, optionally over surveys answered in [from, to) (ISO-8601 instants); "
            + "a support person reads only their own (another name answers 404)")
    public SupportOwnerView nps(@Parameter(description = "The support person's name (as the roster and the token subject have it).", example = "ana.support")
            @PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (visibility.restrictedTo().filter(viewer -> !viewer.equals(name)).isPresent()) {
            throw new RecordNotFoundException("support owner", name);
        }
        return view(name, handOff.customersByOwner().getOrDefault(name, 0L),
                handOff.openOrdersByOwner().getOrDefault(name, 0L),
                surveys.npsOf(name, instant("from", from), instant("to", to)));
    }

    private static SupportOwnerView view(String name, long customers, long open, NetPromoterScore nps) {
        return new SupportOwnerView(name, customers, open, nps.responses(), nps.promoters(), nps.passives(),
                nps.detractors(), nps.nps());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 UTC instant, e.g. 2026-11-01T00:00:00Z");
        }
    }
}
