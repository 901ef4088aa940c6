package io.salespipeline.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The overlays of deploy/k8s, rendered as an operator would render them: {@code kubectl kustomize}. */
final class Manifests {

    static final ObjectMapper YAML = YAMLMapper.builder().build();

    private Manifests() {
    }

    /** deploy/k8s: the module's own folder (set by the build; the working directory otherwise). */
    static Path root() {
        return Path.of(System.getProperty("k8s.root", ".")).toAbsolutePath().normalize();
    }

    static List<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(root().resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted().toList();
        }
    }

    /** Renders one overlay; a missing kubectl or a failing render is a failure, never a skip. */
    static List<JsonNode> render(Path overlay) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render " + overlay + " (Debian package kubectl or "
                    + "kubernetes-client; .ci/run installs it): " + e.getMessage(), e);
        }
        byte[] out = kubectl.getInputStream().readAllBytes();
        String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(2, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed: " + err);
        }
        return parse(new String(out, StandardCharsets.UTF_8));
    }

    /** Every non-empty document of a multi-document YAML stream. */
    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    /** "Kind namespace/name", how every finding names its object. */
    static String describe(JsonNode object) {
        JsonNode meta = object.path("metadata");
        String ns = meta.path("namespace").asString("");
        return object.path("kind").asString("?") + " " + (ns.isEmpty() ? "" : ns + "/") + meta.path("name").asString("?");
    }
}
