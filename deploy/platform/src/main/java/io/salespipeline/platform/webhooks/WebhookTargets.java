package io.salespipeline.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may go (no SSRF): an absolute https URL (http only where configured) whose host
 * resolves, and every address it resolves to is a public unicast one, unless private targets are
 * allowed by configuration. Checked when an admin subscribes and again before every delivery (a
 * name may resolve elsewhere by then).
 */
@ApplicationScoped
public class WebhookTargets {

    /** Names the host's addresses; a test may resolve names its own way. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(WebhookSettings settings) {
        this(settings.allowHttp(), settings.allowPrivateTargets(), InetAddress::getAllByName);
    }

    public WebhookTargets(boolean allowHttp, boolean allowPrivate, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL as it will be called; throws {@link RefusedTargetException} saying why not. Resolves DNS: blocking. */
    public URI check(String url) {
        URI uri = parse(url);
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("the host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new RefusedTargetException("the host " + host + " does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String kind = internal(address);
                if (kind != null) {
                    throw new RefusedTargetException("the host " + host + " resolves to " + address.getHostAddress()
                            + ", a " + kind + " address; webhooks go to public addresses only");
                }
            }
        }
        return uri;
    }

    private URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedTargetException("a URL is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedTargetException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new RefusedTargetException(allowHttp ? "the URL must be http or https" : "the URL must be https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTargetException("the URL names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTargetException("the URL must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTargetException("the URL must not have a fragment");
        }
        return uri;
    }

    /** What kind of non-public address it is, or null for a public unicast address. */
    static String internal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "unspecified";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "private"; // carrier-grade NAT, 100.64.0.0/10
            }
            if (first >= 240) {
                return "reserved";
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private"; // unique local, fc00::/7
            }
            if (isEmbeddedIpv4(b)) {
                try {
                    String kind = internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                    return kind;
                } catch (UnknownHostException e) {
                    return "reserved";
                }
            }
        }
        return null;
    }

    /** ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address that decides. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return compatible || nat64;
    }
}
