package io.salespipeline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.salespipeline.platform.domain.InvalidInputException;
import java.io.IOException;

/**
 * Reads every text of a request or event body and refuses what no record can keep: the NUL
 * character (PostgreSQL text cannot hold it) and unpaired surrogates (not Unicode text; an answer
 * echoing one cannot be written). A 400 naming the field, before anything is stored.
 */
public final class StoredTextReader extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    throw refused(parser, "must not contain the NUL character");
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw refused(parser, "must be Unicode text (an unpaired surrogate is not)");
                }
            }
        }
        return text;
    }

    private static IOException refused(JsonParser parser, String message) {
        return BoundedDecimalReader.refusal(parser, new InvalidInputException(BoundedDecimalReader.field(parser), message));
    }
}
