package io.salespipeline.infra.testing;

import java.util.Map;

/**
 * One request the fuzzer sends; the description says what is hostile about it
 * ("lines[0].quantity=-1", "lines[0].quantity missing", "no body") and groups it with the
 * requests to the same field.
 */
record Call(String description, String method, String path, Map<String, String> query,
        Map<String, String> headers, String contentType, byte[] body) {

    /** The field or parameter a request is about ("lines[0].quantity", "path id"), or the whole body. */
    String group() {
        if (description.equals("baseline")) {
            return "baseline";
        }
        int equals = description.indexOf('=');
        if (equals > 0) {
            return description.substring(0, equals);
        }
        if (description.endsWith(" missing")) {
            return description.substring(0, description.length() - " missing".length());
        }
        if (description.endsWith(" twice")) {
            return description.substring(0, description.length() - " twice".length());
        }
        return "the body as a whole";
    }
}
