package io.salespipeline.fulfillment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.salespipeline.fulfillment.api.DealClosedEvents;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.SalesManagerTest;
import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.privacy.FieldCipher;
import io.salespipeline.platform.privacy.MasterKeyRing;
import io.salespipeline.platform.privacy.PersonKeyRecord;
import io.salespipeline.platform.privacy.PersonKeys;
import io.salespipeline.platform.privacy.PersonalFields;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/**
 * DealClosed as contract-service publishes it: the contact's name and e-mail encrypted with the
 * deal's data key. The customer is taken in with the contact opened; once the key is destroyed
 * the deal still becomes a customer and an order, its contact read as erased.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class EncryptedCustomerTest extends SalesManagerTest {

    @Inject
    MasterKeyRing masterKeys;

    @Inject
    PersonKeys personKeys;

    /** The deal's key as another service made it and this one received it on privacy.person-keys. */
    private SecretKey dealKey(UUID keyId, UUID dealId, boolean destroyed) {
        SecretKey key = FieldCipher.newKey();
        String wrapped = Base64.getEncoder().encodeToString(FieldCipher.wrap(masterKeys.current(), key, keyId, dealId));
        QuarkusTransaction.requiringNew().run(() -> personKeys.keep(new PersonKeyRecord(keyId, dealId,
                masterKeys.currentId(), wrapped, Instant.now(), null), "contract-service"));
        if (destroyed) {
            QuarkusTransaction.requiringNew().run(() -> personKeys.keep(new PersonKeyRecord(keyId, dealId, null, null,
                    null, Instant.now()), "contract-service"));
        }
        return key;
    }

    private JsonPath closeSealed(boolean destroyed) {
        UUID dealId = UUID.randomUUID();
        UUID keyId = UUID.randomUUID();
        SecretKey key = dealKey(keyId, dealId, destroyed);
        String eventId = UUID.randomUUID().toString();
        String name = FieldCipher.seal(keyId, key, "Ada Lovelace",
                PersonalFields.associatedData(eventId, "/customer/contactName"));
        String email = FieldCipher.seal(keyId, key, "ada@engines.example",
                PersonalFields.associatedData(eventId, "/customer/contactEmail"));
        DealClosedEvents.send(kafka(), eventId, dealId, DealClosedEvents.dealClosed(dealId, "Engines Ltd", name, email));
        DealClosedEvents.awaitOne("/api/orders", dealId);
        return DealClosedEvents.awaitOne("/api/customers", dealId);
    }

    @Test
    void theCustomerHoldsTheContactTheDealsKeyOpens() {
        JsonPath customer = closeSealed(false);
        assertEquals("Ada Lovelace", customer.getString("contactName"));
        assertEquals("ada@engines.example", customer.getString("contactEmail"));
        assertEquals("Engines Ltd", customer.getString("company"));
    }

    @Test
    void aContactWhoseKeyWasDestroyedIsErasedAndTheDealStillBecomesACustomerAndAnOrder() {
        JsonPath customer = closeSealed(true);
        assertEquals(Erased.NAME, customer.getString("contactName"));
        assertNull(customer.get("contactEmail"));
        assertEquals("Engines Ltd", customer.getString("company"));
    }
}
