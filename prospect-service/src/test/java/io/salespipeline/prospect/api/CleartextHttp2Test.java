package io.salespipeline.prospect.api;

import static io.salespipeline.prospect.LeadQualifiedFixture.openProspect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A client that asks for HTTP/2 over plain http (the JDK's own HttpClient does by default, with an
 * {@code Upgrade: h2c} header) gets the same answers as any other over HTTP/1.1: on an HTTP/2
 * stream Vert.x answers a POST without a body 500. The services speak HTTP/1.1 on plain http (TLS,
 * and HTTP/2 with it, ends in front of them).
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class CleartextHttp2Test {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodilessPostAskingForHttp2IsAnsweredLikeAnyOther() throws Exception {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        String id;
        try (EventSender sender = new EventSender(kafka)) {
            id = openProspect(sender, UUID.randomUUID());
        }
        // One client, one connection: the first request carries the upgrade, later ones would be
        // HTTP/2 streams (where a bodiless POST was answered 500).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 3; i++) {
            HttpRequest readiness = HttpRequest.newBuilder(URI.create(root + "api/prospects/" + id + "/readiness"))
                    .header("Authorization", "Bearer " + Tokens.of("max.manager", Roles.SALES_MANAGER))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> answer = client.send(readiness, HttpResponse.BodyHandlers.ofString());
            // Not ready yet: a 409 problem naming what is missing, as over HTTP/1.1.
            assertEquals(409, answer.statusCode(), "request " + (i + 1) + ": " + answer.body());
            assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        }
    }
}
