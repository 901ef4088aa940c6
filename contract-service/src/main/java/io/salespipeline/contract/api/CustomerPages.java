package io.salespipeline.contract.api;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the customer's pages share: HTML answers that are never cached nor framed, and refusals shown on the page. */
final class CustomerPages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private CustomerPages() {
    }

    /** The page with the act's outcome, or again with why it was refused (400 a form error, 409 a state). */
    static Response act(Supplier<Response> act, Function<RefusedAct, Response> refused) {
        try {
            return act.get();
        } catch (InvalidInputException e) {
            return refused.apply(new RefusedAct(400, e.errors().stream().map(error -> error.field() + " " + error.message())
                    .reduce((a, b) -> a + "; " + b).orElse("The form is not complete.")));
        } catch (IllegalTransitionException e) {
            return refused.apply(new RefusedAct(409, e.getMessage()));
        }
    }

    record RefusedAct(int status, String reason) {
    }

    static Response html(int status, String body) {
        return noStore(Response.status(status).type(HTML).entity(body)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .build());
    }

    /** The address holds the link's token: never cached, never passed on as a referrer. */
    static Response noStore(Response response) {
        return Response.fromResponse(response).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer").build();
    }

    /** The client's address as the server sees it (a trusted proxy's forwarded address, per quarkus.http.proxy.*). */
    static String ip(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    /** a***@example.com: enough for the customer to recognise their address on a page anyone with the link sees. */
    static String masked(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return "your address";
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }
}
