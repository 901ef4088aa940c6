package io.salespipeline.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.salespipeline.platform.openapi.ProblemDocumentation.Answer;
import io.salespipeline.platform.security.Roles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes every service's OpenAPI document the same way, so clients can be generated from it:
 * the bearer (JWT) scheme and, where integrations are allowed, the {@code X-Api-Key} scheme, as
 * plain requirements (the roles an operation allows go to its description: scopes belong to
 * OAuth2 only); the problem answers each operation can give, referenced from
 * {@link ProblemDocumentation}; the common query and path parameters ({@link CommonParameters});
 * every tag used declared. What an operation is (operationId, summary, description, success
 * status) stays on its resource method.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ClientReadyDocument implements OASFilter {

    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        ProblemDocumentation.addTo(components);
        boolean apiKeys = false;
        Set<Answer> given = java.util.EnumSet.noneOf(Answer.class);
        RateLimitedOperations rateLimited = RateLimitedOperations.configured();
        Map<String, PathItem> paths = openAPI.getPaths() == null ? Map.of() : openAPI.getPaths().getPathItems();
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            CommonParameters.describe(path.getValue().getParameters());
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                apiKeys |= secure(operation);
                CommonParameters.describe(operation.getParameters());
                given.addAll(answers(path.getKey(), entry.getKey(), operation, rateLimited));
            }
        }
        // Only the problem answers some operation gives are components (an unused one is noise to a linter).
        for (Answer answer : Answer.values()) {
            if (!given.contains(answer)) {
                components.removeResponse(answer.component);
            }
        }
        schemes(components, apiKeys);
        components.addHeader("Location", OASFactory.createHeader().description("The URL of the record created.")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .format("uri")));
        declareTags(openAPI);
        UnusedSchemas.remove(openAPI);
        NullableReferences.fix(openAPI);
    }

    /** Plain requirements instead of role scopes; answers whether the operation takes an API key. */
    private static boolean secure(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Open to anyone (a web form, a survey link): said explicitly, not left to a default.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
            return false;
        }
        Set<String> roles = new TreeSet<>();
        operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        List<SecurityRequirement> requirements = new ArrayList<>();
        requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        boolean apiKey = roles.contains(Roles.INTEGRATION);
        if (apiKey) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            String allowed = "Allowed roles: " + String.join(", ", roles) + "."
                    + (apiKey ? " Integrations authenticate with their X-Api-Key instead of a token." : "");
            operation.setDescription(operation.getDescription() == null ? allowed
                    : operation.getDescription().strip() + (operation.getDescription().strip().endsWith(".") ? "" : ".")
                            + "\n\n" + allowed);
        }
        return apiKey;
    }

    /** The problem answers this operation can give, each a reference to its component. */
    private static Set<Answer> answers(String path, PathItem.HttpMethod method, Operation operation,
            RateLimitedOperations rateLimited) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Set<Answer> answers = new java.util.LinkedHashSet<>();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            answers.add(Answer.BAD_REQUEST);
        }
        if (operation.getSecurity().stream().anyMatch(requirement -> !requirement.getSchemes().isEmpty())) {
            answers.add(Answer.UNAUTHORIZED);
            answers.add(Answer.FORBIDDEN);
        }
        if (path.contains("{")) {
            answers.add(Answer.NOT_FOUND);
        }
        // Every write may meet a state that refuses it, a duplicate or a concurrent change.
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.OPTIONS
                && method != PathItem.HttpMethod.HEAD) {
            answers.add(Answer.CONFLICT);
        }
        if (hasBody) {
            answers.add(Answer.PAYLOAD_TOO_LARGE);
            answers.add(Answer.UNSUPPORTED_MEDIA_TYPE);
        }
        if (rateLimited.limits(path, method.name())) {
            answers.add(Answer.TOO_MANY_REQUESTS);
        }
        answers.add(Answer.SERVICE_UNAVAILABLE);
        Map<String, APIResponse> existing = responses.getAPIResponses() == null ? Map.of()
                : new LinkedHashMap<>(responses.getAPIResponses());
        // A problem status the resource declared (ref or bare, e.g. Quarkus' own 401/403) becomes the reference.
        existing.forEach((code, response) -> {
            Answer declared = Answer.of(code);
            if (declared != null) {
                answers.add(declared);
            }
        });
        for (Answer answer : answers) {
            responses.removeAPIResponse(answer.code());
        }
        answers.stream().sorted().forEach(answer -> responses.addAPIResponse(answer.code(), answer.reference()));
        return answers;
    }

    private static void schemes(Components components, boolean apiKeys) {
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A bearer JWT from the OIDC issuer (locally: ./deploy/token.sh <role>); its roles "
                        + "decide what the caller may do (each operation names the roles it allows)."));
        if (apiKeys) {
            components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                    .description("An integration's API key (issued by an admin through POST /api/api-keys); "
                            + "accepted where an operation allows the integration role."));
        }
    }

    /** Every tag an operation uses is declared (a generator makes one client class per tag). */
    private static void declareTags(OpenAPI openAPI) {
        Set<String> declared = new TreeSet<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> declared.add(tag.getName()));
        }
        Set<String> used = new TreeSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> {
                        if (operation.getTags() != null) {
                            used.addAll(operation.getTags());
                        }
                    }));
        }
        used.removeAll(declared);
        for (String name : used) {
            Tag tag = OASFactory.createTag().name(name);
            openAPI.addTag(tag);
        }
    }
}
