package io.salespipeline.platform.customerlink;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.salespipeline.platform.web.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An unknown (404), expired, used or revoked (410) link answers problem+json, or the same problem as
 * a small HTML page when the client prefers HTML (a browser opening the link from an e-mail).
 */
public class CustomerLinkProblems {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @Inject
    Engine engine;

    private volatile Template page;

    @ServerExceptionMapper
    public Response unusableLink(CustomerLinkException e, HttpHeaders headers) {
        Response.ResponseBuilder answer;
        if (prefersHtml(headers)) {
            String html = template().data("title", e.title()).data("detail", e.getMessage())
                    .data("status", e.status()).render();
            answer = Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html);
        } else {
            answer = Response.fromResponse(Problem.of(e.status(), e.problemType(), e.title(), e.getMessage())
                    .toResponse());
        }
        // The address holds a token: never cached, never sent on as a referrer.
        return answer.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    /** HTML when text/html comes before any JSON type in the client's order of preference. */
    static boolean prefersHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(PROBLEM)) {
                return false;
            }
        }
        return false;
    }

    private Template template() {
        if (page == null) {
            try (InputStream in = CustomerLinkProblems.class.getResourceAsStream("link-problem.html")) {
                page = engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return page;
    }
}
