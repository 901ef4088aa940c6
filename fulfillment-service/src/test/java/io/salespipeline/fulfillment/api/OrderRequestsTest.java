package io.salespipeline.fulfillment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.fulfillment.api.OrderRequests.StatusChangeInput;
import io.salespipeline.fulfillment.domain.OrderStatus;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The documented statuses of a status change are exactly the order's statuses. */
class OrderRequestsTest {

    @Test
    void theDocumentedStatusesAreTheOrderStatuses() throws NoSuchFieldException {
        Schema schema = StatusChangeInput.class.getDeclaredField("status").getAnnotation(Schema.class);
        assertEquals(Arrays.stream(OrderStatus.values()).map(Enum::name).toList(), List.of(schema.enumeration()));
    }
}
