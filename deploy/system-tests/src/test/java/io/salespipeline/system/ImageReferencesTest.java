package io.salespipeline.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.TestAbortedException;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay deploys exactly the images the build names: registry/group/service:project version. */
class ImageReferencesTest {

    private static final Path ROOT = Path.of(System.getProperty("sales.root", "../..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES =
            List.of("lead-service", "prospect-service", "proposal-service", "contract-service", "fulfillment-service");
    private static final Pattern IMAGE = Pattern.compile("(?m)^\\s+image:\\s*\"?([^\"\\s]+)\"?\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayDeploysTheImagesTheBuildNames(String overlay) throws Exception {
        String rendered = kustomize(ROOT.resolve("deploy/k8s/overlays").resolve(overlay));

        Set<String> images = new TreeSet<>();
        Matcher image = IMAGE.matcher(rendered);
        while (image.find()) {
            images.add(image.group(1));
        }
        Set<String> built = new TreeSet<>();
        SERVICES.forEach(service -> built.add(ImageNames.of(service)));
        Set<String> serviceImages = new TreeSet<>(images);
        serviceImages.removeIf(reference -> SERVICES.stream().noneMatch(service -> reference.contains("/" + service)));
        assertEquals(built, serviceImages, "service images of overlay " + overlay + " (all images: " + images + ")");
    }

    private static String kustomize(Path overlay) throws Exception {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new TestAbortedException("kubectl is not installed: " + notInstalled.getMessage());
        }
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, kubectl.exitValue(), output);
        return output;
    }
}
