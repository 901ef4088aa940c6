package io.salespipeline.infra.testing;

import java.util.Map;

/** An operation of the OpenAPI document and the role it is fuzzed as ({@code open}: anonymously). */
record Operation(String method, String path, Map<String, Object> spec, String role, boolean open) {

    String name() {
        return method + " " + path;
    }
}
