package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.TOPIC;
import static io.salespipeline.prospect.LeadQualifiedFixture.TYPE;
import static io.salespipeline.prospect.LeadQualifiedFixture.awaitProspectIds;
import static io.salespipeline.prospect.LeadQualifiedFixture.prospectIds;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.privacy.FieldCipher;
import io.salespipeline.platform.privacy.MasterKeyRing;
import io.salespipeline.platform.privacy.PersonKeyRecord;
import io.salespipeline.platform.privacy.PersonKeys;
import io.salespipeline.platform.privacy.PersonalFields;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * LeadQualified as lead-service now publishes it: the contact's name, e-mail, phone and job title
 * encrypted with the person's data key, the key itself on privacy.person-keys. The prospect holds
 * the contact in the clear; once the key is destroyed, a qualified lead reads as erased.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class EncryptedContactTest extends SalesManagerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    PersonKeys personKeys;

    /** A person's key as lead-service creates it. */
    private record PersonKey(UUID keyId, UUID personId, SecretKey key) {
    }

    private PersonKey newKey(UUID personId) {
        return new PersonKey(UUID.randomUUID(), personId, FieldCipher.newKey());
    }

    private void publish(EventSender sender, PersonKey key, boolean destroyed) {
        String json = destroyed
                ? """
                  {"keyId": "%s", "personId": "%s", "masterKeyId": null, "wrappedKey": null,
                   "createdAt": null, "destroyedAt": "2026-12-01T10:00:00Z"}""".formatted(key.keyId(), key.personId())
                : """
                  {"keyId": "%s", "personId": "%s", "masterKeyId": "%s", "wrappedKey": "%s",
                   "createdAt": "2026-12-01T09:00:00Z", "destroyedAt": null}""".formatted(key.keyId(), key.personId(),
                        masterKeys.currentId(), Base64.getEncoder().encodeToString(
                                FieldCipher.wrap(masterKeys.current(), key.key(), key.keyId(), key.personId())));
        sender.send(PersonKeyRecord.TOPIC, UUID.randomUUID().toString(), PersonKeyRecord.TYPE, key.keyId(), json);
    }

    private static String sealed(PersonKey key, String eventId, String path, String text) {
        return FieldCipher.seal(key.keyId(), key.key(), text, PersonalFields.associatedData(eventId, path));
    }

    /** LeadQualified.v1 with the contact's personal fields encrypted, as lead-service's outbox stores it. */
    private static String leadQualified(String eventId, UUID dealId, PersonKey key) {
        return """
                {"leadId": "%s", "dealId": "%s",
                 "contact": {"name": "%s", "email": "%s", "phone": "%s",
                             "company": "Analytical Engines", "jobTitle": "%s", "country": "GB"},
                 "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"},
                 "assessment": {"viable": true, "reasons": "Budget approved", "assessedBy": "seller-1",
                                "assessedAt": "2026-11-20T09:00:00Z"},
                 "interest": {"channel": "PHONE", "expressedAt": "2026-11-20T09:30:00Z", "topics": "pricing",
                              "recordedBy": "seller-1", "recordedAt": "2026-11-20T09:31:00Z"},
                 "qualifiedAt": "2026-11-20T09:31:00Z"}""".formatted(key.personId(), dealId,
                sealed(key, eventId, "/contact/name", "Ada Lovelace"),
                sealed(key, eventId, "/contact/email", "ada@engines.example"),
                sealed(key, eventId, "/contact/phone", "+44 20 7946 0000"),
                sealed(key, eventId, "/contact/jobTitle", "CTO"));
    }

    @Test
    void theProspectReadsTheContactItsKeyOpens() {
        PersonKey key = newKey(UUID.randomUUID());
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(kafka)) {
            // The event may overtake its key (another topic): it waits for the key, then goes through.
            sender.send(TOPIC, eventId, TYPE, dealId, leadQualified(eventId, dealId, key));
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertEquals(List.of(), prospectIds(dealId));
            publish(sender, key, false);
        }
        String id = awaitProspectIds(dealId).get(0);
        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("dealId", equalTo(dealId.toString()))
                .body("contact.name", equalTo("Ada Lovelace"))
                .body("contact.email", equalTo("ada@engines.example"))
                .body("contact.phone", equalTo("+44 20 7946 0000"))
                .body("contact.jobTitle", equalTo("CTO"))
                .body("contact.company", equalTo("Analytical Engines"));
    }

    @Test
    void aContactWhoseKeyWasDestroyedReadsAsErasedAndTheDealStays() {
        PersonKey key = newKey(UUID.randomUUID());
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(kafka)) {
            publish(sender, key, false);
            publish(sender, key, true);
            // The event comes after the erasure: the keys travel on another topic, so wait until the
            // prospect has taken in the destroyed key (else it may open the event with the live one).
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> QuarkusTransaction.requiringNew().call(() -> personKeys.byId(key.keyId()))
                            instanceof PersonKeys.Destroyed);
            sender.send(TOPIC, eventId, TYPE, dealId, leadQualified(eventId, dealId, key));
        }
        String id = awaitProspectIds(dealId).get(0);
        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("dealId", equalTo(dealId.toString()))
                .body("leadId", equalTo(key.personId().toString()))
                .body("status", equalTo("RAPPORT"))
                .body("contact.name", equalTo(Erased.NAME))
                .body("contact.email", equalTo(Erased.NAME))
                .body("contact.phone", equalTo(Erased.NAME))
                .body("contact.company", equalTo("Analytical Engines"))
                .body("qualification.assessment.reasons", equalTo("Budget approved"));
    }
}
