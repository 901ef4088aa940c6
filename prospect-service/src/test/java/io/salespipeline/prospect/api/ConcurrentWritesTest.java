package io.salespipeline.prospect.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.prospect.LeadQualifiedFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Two writes to one prospect at the same moment (the seller describing it while a colleague
 * shares it, or while a consumer applies the deal's access change) both succeed: the API takes
 * no version from its clients, so neither asked for anything the other contradicts.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class ConcurrentWritesTest {

    private static final int ROUNDS = 20;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void describingAndSharingOneProspectAtTheSameMomentBothSucceed() throws Exception {
        Tokens.signIn("max.manager", Roles.SALES_MANAGER);
        String id;
        try (EventSender sender = new EventSender(kafka)) {
            id = LeadQualifiedFixture.openProspect(sender, UUID.randomUUID());
        }
        List<Integer> answers = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                String industry = "Industry " + round;
                String colleague = "colleague" + round + ".seller";
                CompletableFuture<Integer> describe = CompletableFuture.supplyAsync(() -> at(together, () -> given()
                        .contentType(ContentType.JSON)
                        .body(ProspectResourceTest.PROFILE.replace("Manufacturing", industry))
                        .put("/api/prospects/{id}/profile", id).statusCode()), writers);
                CompletableFuture<Integer> share = CompletableFuture.supplyAsync(() -> at(together, () -> given()
                        .contentType(ContentType.JSON).body("{\"sharedWith\": [\"" + colleague + "\"]}")
                        .put("/api/prospects/{id}/sharing", id).statusCode()), writers);
                answers.add(describe.get());
                answers.add(share.get());
                assertEquals(List.of(200, 200), answers.subList(2 * round, 2 * round + 2), "round " + round);
                given().get("/api/prospects/{id}", id).then().statusCode(200)
                        .body("profile.industry", equalTo(industry)).body("sharedWith", equalTo(List.of(colleague)));
            }
        } finally {
            writers.shutdownNow();
        }
        assertEquals(java.util.Collections.nCopies(2 * ROUNDS, 200), answers);
    }

    private static int at(CyclicBarrier together, java.util.function.IntSupplier request) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return request.getAsInt();
    }
}
