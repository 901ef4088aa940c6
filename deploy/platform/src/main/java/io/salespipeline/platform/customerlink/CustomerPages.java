package io.salespipeline.platform.customerlink;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every service's customer pages share: HTML answers that are never cached nor framed, and refusals shown on the page. */
public final class CustomerPages {

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private CustomerPages() {
    }

    /** The page with the act's outcome, or again with why it was refused (400 a form error, 409 a state). */
    public static Response act(Supplier<Response> act, Function<RefusedAct, Response> refused) {
        try {
            return act.get();
        } catch (InvalidInputException e) {
            return refused.apply(new RefusedAct(400, e.errors().stream().map(error -> error.field() + " " + error.message())
                    .reduce((a, b) -> a + "; " + b).orElse("The form is not complete.")));
        } catch (IllegalTransitionException e) {
            return refused.apply(new RefusedAct(409, e.getMessage()));
        }
    }

    public record RefusedAct(int status, String reason) {
    }

    public static Response html(int status, String body) {
        return noStore(Response.status(status).type(HTML).entity(body)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .build());
    }

    /**
     * The address holds the link's token: never cached, never passed on to another site as a
     * referrer. same-origin, not no-referrer: with no-referrer browsers post the page's forms with
     * {@code Origin: null}, which the platform's origin check refuses.
     */
    public static Response noStore(Response response) {
        return Response.fromResponse(response).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin").build();
    }

    /** The client's address as the server sees it (a trusted proxy's forwarded address, per quarkus.http.proxy.*). */
    public static String ip(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    /** a***@example.com: enough for the customer to recognise their address on a page anyone with the link sees. */
    public static String masked(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return "your address";
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }
}
