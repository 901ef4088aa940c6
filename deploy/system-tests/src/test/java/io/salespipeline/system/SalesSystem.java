package io.salespipeline.system;

import io.salespipeline.infra.EmbeddedInfrastructure;
import io.salespipeline.infra.Ports;
import io.salespipeline.infra.ServiceProcess;
import io.salespipeline.infra.ServiceDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole system for a test run: embedded PostgreSQL and Kafka, and the five services. */
final class SalesSystem implements AutoCloseable {

    static final List<String> SERVICES = List.of("lead", "prospect", "proposal", "contract", "fulfillment");

    /**
     * The webhook receiver of the tests listens on loopback over plain http: allowed here only (the
     * services refuse both by default). Retries start after 1 s and wait at most 15 s, so that a
     * receiver back after a minute's outage gets its events within seconds, still well inside
     * the 10 failures after which a subscription is dead-lettered.
     */
    private static final Map<String, String> WEBHOOKS = Map.of(
            "sales.webhooks.allow-http", "true",
            "sales.webhooks.allow-private-targets", "true",
            "sales.webhooks.initial-backoff", "PT1S",
            "sales.webhooks.max-backoff", "PT15S");

    private final EmbeddedInfrastructure infra;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private SalesSystem(EmbeddedInfrastructure infra) {
        this.infra = infra;
    }

    static SalesSystem start() {
        Path root = Path.of(System.getProperty("sales.root", "../..")).toAbsolutePath().normalize();
        SalesSystem system = new SalesSystem(EmbeddedInfrastructure.shared());
        Path logs = Path.of("target", "system-logs").toAbsolutePath();
        try {
            for (String name : SERVICES) {
                Map<String, String> config = system.infra.serviceConfig(ServiceDatabase.of(name));
                config.putAll(WEBHOOKS);
                int port = Ports.free();
                // The OpenAPI server Swagger UI's "Try it out" calls, as the local run names it: the public port.
                config.put("sales.openapi.public-url", "http://localhost:" + port);
                String service = name + "-service";
                system.services.put(name, ServiceProcess.start(service,
                        root.resolve(service + "/target/quarkus-app/quarkus-run.jar"), port, List.of("-Xmx256m"),
                        config, logs.resolve(service + ".log")));
            }
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        system.services.values().forEach(service -> System.out.printf("%s ready in %d ms, RSS %d MiB%n",
                service.name(), service.readyMillis(), service.rssKilobytes() / 1024));
        return system;
    }

    String uri(String service) {
        return services.get(service).baseUri();
    }

    /** The service's management interface (/q/*, /asyncapi.json). */
    String managementUri(String service) {
        return services.get(service).managementUri();
    }

    String kafka() {
        return infra.kafkaBootstrapServers();
    }

    @Override
    public void close() {
        // In parallel, as an orchestrator stops pods: each drains on its own (readiness DOWN, in-flight
        // requests, consumer offsets), so one after another would only add up their shutdown delays.
        List<ServiceProcess> running = new ArrayList<>(services.values());
        running.parallelStream().forEach(ServiceProcess::close);
    }
}
