package io.salespipeline.contract.domain;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of one accepted line the first order takes. */
@Schema(description = "How much of one accepted line the first order takes.")
public record OrderedQuantity(
        @Schema(required = true, description = "The contract line ordered (its lineNo); each line once. Left out, it "
                + "reads as 0, which names no line (400).", minimum = "1", examples = "1") int lineNo,
        @Schema(required = true, description = "How many units, greater than zero and at most the accepted "
                + "quantity; the line is priced again for it, e.g. 10.") BigDecimal quantity) {
}
