package io.salespipeline.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the public API's address as the OpenAPI document's server ({@code sales.openapi.public-url},
 * read at startup). With the document and Swagger UI on the management interface (production),
 * "Try it out" must call the public port, not the management port the page came from. Without one
 * (tests, local runs), the server is the document's own origin ({@code /}): a client generated from
 * it is given its base URL.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublicServer implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> url = ConfigProvider.getConfig().getOptionalValue("sales.openapi.public-url", String.class);
        openAPI.servers(List.of(url.filter(u -> !u.isBlank())
                .map(u -> OASFactory.createServer().url(u).description("The API"))
                .orElseGet(() -> OASFactory.createServer().url("/").description("This service, where the document is served"))));
    }
}
