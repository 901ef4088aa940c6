package io.salespipeline.system;

/** The image reference a service is built as and deployed from: registry/group/service:project version. */
final class ImageNames {

    private ImageNames() {
    }

    static String of(String service) {
        return System.getProperty("sales.images.registry") + "/" + System.getProperty("sales.images.group") + "/"
                + service + ":" + System.getProperty("sales.version");
    }
}
