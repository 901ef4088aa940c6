package io.salespipeline.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * Every exact decimal (quantities, percentages, hours) is written as a plain decimal string in
 * API answers and events, like money amounts: JavaScript clients would round a JSON number.
 * Reading accepts a string or a number, within {@link io.salespipeline.platform.domain.DecimalBounds}
 * ({@link BoundedDecimalReader}); texts without NUL or unpaired surrogates ({@link StoredTextReader}).
 */
@Singleton
public class DecimalsAsText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(new SimpleModule("bounded-input")
                .addDeserializer(BigDecimal.class, new BoundedDecimalReader())
                .addDeserializer(String.class, new StoredTextReader()));
    }
}
