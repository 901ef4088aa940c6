package io.salespipeline.platform.webhooks;

import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Webhooks of this service's events, one path in every service: subscribe a URL, watch and steer its deliveries. */
@Path("/api/webhook-subscriptions")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "Subscriptions that deliver this service's events over HTTP as signed CloudEvents (Standard Webhooks). Admin only.")
public class WebhookSubscriptionResource {

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a URL to events",
            description = "Subscribes an https URL to some of this service's CloudEvent types (optionally one deal's or "
            + "one owner's), from the next event on; answers the signing secret (Standard Webhooks whsec_...) once")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookWire.SubscriptionWithSecret.class)))
    public Response subscribe(WebhookWire.SubscribeRequest request) {
        WebhookWire.SubscriptionWithSecret created = subscriptions.subscribe(request, actor.name());
        return Response.created(URI.create("/api/webhook-subscriptions/" + created.subscription().id()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "This service's webhook subscriptions, oldest first (without their secrets)")
    public List<WebhookWire.Subscription> list() {
        return subscriptions.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One subscription: its status (ACTIVE, DISABLED, DEAD_LETTERED), failures in a row, last error")
    public WebhookWire.Subscription get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableWebhookSubscription", summary = "Stops deliveries; the subscription keeps its place and goes on from there when enabled")
    public WebhookWire.Subscription disable(@PathParam("id") UUID id) {
        return subscriptions.disable(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhookSubscription", summary = "Delivers again (also after a dead letter), from where it stopped, with failures reset")
    public WebhookWire.Subscription enable(@PathParam("id") UUID id) {
        return subscriptions.enable(id);
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(operationId = "rotateWebhookSecret", summary = "Replaces the signing secret; answers the new one once; later deliveries are signed with it")
    public WebhookWire.SubscriptionWithSecret rotateSecret(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(id);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhookSubscription", summary = "Delivers again every matching event that occurred at or after 'from' (as far as the outbox "
            + "still keeps it), then goes on; enables the subscription")
    public WebhookWire.Subscription replay(@PathParam("id") UUID id, WebhookWire.ReplayRequest request) {
        return subscriptions.replay(id, request);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, latest attempt first: per event its status, attempts, HTTP status, last "
            + "error and times (UTC)")
    public List<WebhookWire.Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("limit") String limit) {
        return subscriptions.deliveries(id, PageRequest.of(null, limit).limit());
    }

    @ServerExceptionMapper
    public Response refusedTarget(RefusedTargetException e) {
        return Problem.of(400, "webhook-target-refused", "Webhook URL refused", "url: " + e.getMessage())
                .with("errors", List.of(java.util.Map.of("field", "url", "message", e.getMessage()))).toResponse();
    }
}
