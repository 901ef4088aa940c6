package io.salespipeline.prospect.messaging;

import static io.restassured.RestAssured.given;
import static io.salespipeline.prospect.LeadQualifiedFixture.TOPIC;
import static io.salespipeline.prospect.LeadQualifiedFixture.TYPE;
import static io.salespipeline.prospect.LeadQualifiedFixture.awaitProspectIds;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.EventSender;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.platform.privacy.FieldCipher;
import io.salespipeline.platform.privacy.MasterKeyRing;
import io.salespipeline.platform.privacy.PersonKeyRecord;
import io.salespipeline.platform.privacy.PersonKeys;
import io.salespipeline.platform.privacy.PersonalFields;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An event whose key is on privacy.person-keys but which this service's own key consumer never
 * stored (here it reads another topic: as if it were far behind, or had parked the key record):
 * the inbox reads the key from its topic and the event goes through, instead of waiting for the
 * key consumer until it is parked (the key wait is cut to a few seconds here, so a wait would show).
 */
@QuarkusTest
@TestProfile(KeyReadFromItsTopicTest.KeyConsumerElsewhere.class)
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "prospect"))
class KeyReadFromItsTopicTest extends SalesManagerTest {

    public static class KeyConsumerElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.person-keys.topic", "privacy.person-keys.never-written",
                    "sales.inbox.key-wait", "PT3S");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    PersonKeys personKeys;

    @Test
    void anEventWhoseKeyTheKeyConsumerNeverStoredIsOpenedWithTheKeyReadFromItsTopic() {
        UUID keyId = UUID.randomUUID();
        UUID leadId = UUID.randomUUID();
        SecretKey key = FieldCipher.newKey();
        UUID dealId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(kafka)) {
            sender.send(PersonKeyRecord.TOPIC, UUID.randomUUID().toString(), PersonKeyRecord.TYPE, keyId, """
                    {"keyId": "%s", "personId": "%s", "masterKeyId": "%s", "wrappedKey": "%s",
                     "createdAt": "2026-12-01T09:00:00Z", "destroyedAt": null}""".formatted(keyId, leadId,
                    masterKeys.currentId(), Base64.getEncoder().encodeToString(
                            FieldCipher.wrap(masterKeys.current(), key, keyId, leadId))));
            sender.send(TOPIC, eventId, TYPE, dealId, """
                    {"leadId": "%s", "dealId": "%s",
                     "contact": {"name": "%s", "email": "%s", "company": "Analytical Engines", "country": "GB"},
                     "source": {"kind": "CONFERENCE", "detail": "TechConf 2026"},
                     "assessment": {"viable": true, "reasons": "Budget approved", "assessedBy": "seller-1",
                                    "assessedAt": "2026-11-20T09:00:00Z"},
                     "interest": {"channel": "PHONE", "expressedAt": "2026-11-20T09:30:00Z", "topics": "pricing",
                                  "recordedBy": "seller-1", "recordedAt": "2026-11-20T09:31:00Z"},
                     "qualifiedAt": "2026-11-20T09:31:00Z"}""".formatted(leadId, dealId,
                    FieldCipher.seal(keyId, key, "Grace Hopper", PersonalFields.associatedData(eventId, "/contact/name")),
                    FieldCipher.seal(keyId, key, "grace@navy.example", PersonalFields.associatedData(eventId, "/contact/email"))));
        }
        String id = awaitProspectIds(dealId).get(0);
        given().get("/api/prospects/{id}", id).then().statusCode(200)
                .body("contact.name", equalTo("Grace Hopper"))
                .body("contact.email", equalTo("grace@navy.example"));
        assertInstanceOf(PersonKeys.Live.class, QuarkusTransaction.requiringNew().call(() -> personKeys.byId(keyId)),
                "kept here, so the next event with this key needs no reading of the topic");
    }
}
