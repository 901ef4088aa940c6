package io.salespipeline.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void normalisesByTrimmingAndLowerCasing() {
        assertEquals("ada@example.com", EmailAddress.normalise("  Ada@Example.COM \t"));
        assertNull(EmailAddress.normalise("   "));
        assertNull(EmailAddress.normalise(null));
    }

    @Test
    void hashesTheNormalisedAddressAsSha256Hex() {
        // sha256("ada@example.com"), computed independently with sha256sum
        String expected = "b5fc85e55755f9e0d030a10ab4429b6b2944855f9a0d60077fe832becbc41d72";
        assertEquals(expected, EmailAddress.sha256("ada@example.com"));
        assertEquals(EmailAddress.sha256("ada@example.com"), EmailAddress.sha256(" ADA@example.com "));
        assertNull(EmailAddress.sha256(""));
    }
}
