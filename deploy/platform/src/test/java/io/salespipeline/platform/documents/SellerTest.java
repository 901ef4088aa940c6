package io.salespipeline.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SellerTest {

    @Test
    void oneIdentityByDefault_andItsDefaultsAreWhatAnyReaderOfTheKeysGets() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(Seller.class).build();
        Seller seller = config.getConfigMapping(Seller.class);
        assertEquals("Pipeline Software Ltd", seller.name());
        assertEquals("1 Market Street, Manchester M1 1AA, United Kingdom", seller.address());
        // A service that reads the key itself (not through the mapping) names the same seller.
        assertEquals("Pipeline Software Ltd", config.getValue("sales.seller.name", String.class));
    }

    @Test
    void aDeploymentSetsItsOwn() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(Seller.class)
                .withSources(new PropertiesConfigSource(Map.of("sales.seller.name", "Acme Sales GmbH"), "test", 100))
                .build();
        assertEquals("Acme Sales GmbH", config.getConfigMapping(Seller.class).name());
    }
}
