package io.salespipeline.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A docker-archive image (what {@code docker save} writes and {@code docker load} reads): its tag,
 * its runtime configuration and the paths each layer adds.
 */
record ImageTarball(List<String> repoTags, JsonNode config, List<Layer> layers) {

    /** One layer: who created it (the build's own layers say "Jib") and the paths in it. */
    record Layer(String author, List<String> paths) {
    }

    static ImageTarball read(Path tarball) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        JsonNode manifest = json.readTree(files.get("manifest.json")).get(0);
        JsonNode image = json.readTree(files.get(manifest.get("Config").asText()));
        List<String> authors = new ArrayList<>();
        for (JsonNode step : image.path("history")) {
            if (!step.path("empty_layer").asBoolean(false)) {
                authors.add(step.path("author").asText(""));
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (JsonNode name : manifest.get("Layers")) {
            String author = layers.size() < authors.size() ? authors.get(layers.size()) : "";
            layers.add(new Layer(author, paths(files.get(name.asText()))));
        }
        List<String> tags = new ArrayList<>();
        manifest.get("RepoTags").forEach(tag -> tags.add(tag.asText()));
        return new ImageTarball(tags, image.get("config"), layers);
    }

    private static List<String> paths(byte[] layer) throws IOException {
        InputStream raw = new java.io.ByteArrayInputStream(layer);
        InputStream in = layer.length > 1 && layer[0] == (byte) 0x1f && layer[1] == (byte) 0x8b ? new GZIPInputStream(raw) : raw;
        List<String> paths = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                paths.add(entry.getName());
            }
        }
        return paths;
    }
}
