package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * The local broker has no authentication: it must be reachable from this machine only. It keeps
 * records as deploy/k8s keeps the hand-off topics, and the people's keys compacted.
 */
class KafkaBrokerTest {

    @Test
    void everyListenerBindsTheLoopbackAddress() {
        List<String> lines = KafkaBroker.serverProperties(Path.of("logs"), 9092, 9093).lines().toList();
        assertTrue(lines.contains("listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093"),
                String.join("\n", lines));
        assertTrue(lines.contains("advertised.listeners=PLAINTEXT://127.0.0.1:9092"), String.join("\n", lines));
        assertTrue(lines.contains("controller.quorum.bootstrap.servers=127.0.0.1:9093"), String.join("\n", lines));
    }

    @Test
    void recordsAreKeptAndThePeoplesKeysCompacted() throws Exception {
        assertTrue(KafkaBroker.serverProperties(Path.of("logs"), 9092, 9093).lines().toList()
                .contains("log.retention.ms=-1"));
        String bootstrap = EmbeddedInfrastructure.shared().kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "privacy.person-keys");
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertEquals("compact", config.get("cleanup.policy").value());
            assertEquals("-1", config.get("retention.ms").value());
        }
    }

    @Test
    void theRunningBrokerAnswersOnLoopbackAndOnNoOtherAddressOfThisMachine() throws SocketException {
        String bootstrap = EmbeddedInfrastructure.shared().kafkaBootstrapServers();
        assertTrue(bootstrap.startsWith("127.0.0.1:"), bootstrap);
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        assertTrue(accepts(InetAddress.getLoopbackAddress(), port), "reachable on loopback");
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
        for (InetAddress address : others) {
            assertFalse(accepts(address, port), "the broker must not answer on " + address.getHostAddress());
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
