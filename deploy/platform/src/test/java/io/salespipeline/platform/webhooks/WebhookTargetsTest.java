package io.salespipeline.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    /** Names resolve as in this map (literal addresses resolve to themselves, as with the JDK). */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.215.14",
            "rebound.example.com", "127.0.0.1",
            "mixed.example.com", "10.1.2.3");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (DNS.containsKey(host)) {
            return new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName(DNS.get(host))};
        }
        if (host.matches("[0-9.]+") || host.startsWith("[")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }

    private final WebhookTargets production = new WebhookTargets(false, false, WebhookTargetsTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://10.0.0.7/hook", "https://172.16.5.4/hook",
            "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
            "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[fe80::1]/hook", "https://0.0.0.0/hook",
            "https://[::]/hook", "https://224.0.0.1/hook", "https://100.64.0.1/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://[64:ff9b::a00:1]/hook", "https://rebound.example.com/hook", "https://mixed.example.com/hook"})
    void refusesEveryInternalTarget(String url) {
        RefusedTargetException refused = assertThrows(RefusedTargetException.class, () -> production.check(url));
        assertTrue(refused.getMessage().contains("public addresses only"), refused.getMessage());
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedWithTheReason() {
        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> production.check("https://rebound.example.com/hook"));
        assertEquals("the host rebound.example.com resolves to 127.0.0.1, a loopback address; "
                + "webhooks go to public addresses only", refused.getMessage());
    }

    @Test
    void theRealResolverRefusesLocalhost() {
        WebhookTargets real = new WebhookTargets(false, false, InetAddress::getAllByName);
        assertThrows(RefusedTargetException.class, () -> real.check("https://localhost:8443/hook"));
    }

    @Test
    void acceptsAPublicHttpsTarget() {
        assertEquals("https://hooks.example.com/in?x=1", production.check("https://hooks.example.com/in?x=1").toString());
        assertEquals("https://93.184.215.14/hook", production.check("https://93.184.215.14/hook").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/hook", "ftp://hooks.example.com/x", "hooks.example.com/hook",
            "https:///nohost", "https://user:pw@hooks.example.com/", "https://hooks.example.com/#frag", "not a url",
            "https://unknown.invalid/hook", ""})
    void refusesMalformedPlainOrUnresolvableUrls(String url) {
        assertThrows(RefusedTargetException.class, () -> production.check(url));
    }

    @Test
    void configurationMayAllowPlainHttpAndPrivateTargets() {
        WebhookTargets local = new WebhookTargets(true, true, WebhookTargetsTest::resolve);
        assertEquals("http://127.0.0.1:8080/hook", local.check("http://127.0.0.1:8080/hook").toString());
        WebhookTargets httpOnly = new WebhookTargets(true, false, WebhookTargetsTest::resolve);
        assertThrows(RefusedTargetException.class, () -> httpOnly.check("http://127.0.0.1:8080/hook"));
    }
}
