package io.salespipeline.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's OpenTelemetry SDK, configured by the standard {@code OTEL_*} environment
 * (OpenTelemetry's autoconfiguration). Traces are exported only when asked for: over OTLP once
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) is set, to
 * the log with {@code OTEL_TRACES_EXPORTER=logging}; otherwise spans are made (ids for the logs,
 * {@code traceparent} on events) and dropped, so tests and a local run need no collector.
 * The Kafka connector finds this bean and traces its records with it.
 */
@ApplicationScoped
public class Tracing {

    @Produces
    @Singleton
    OpenTelemetry openTelemetry(@ConfigProperty(name = "quarkus.application.name") String service,
            Instance<SpanExporter> alsoExportTo) {
        return AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> defaults(service, System.getenv()))
                // Exporters the application declares as beans (a test's in-memory exporter).
                .addTracerProviderCustomizer((provider, config) -> {
                    alsoExportTo.forEach(exporter -> provider.addSpanProcessor(SimpleSpanProcessor.create(exporter)));
                    return provider;
                })
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
    }

    @Produces
    @Singleton
    Tracer tracer(OpenTelemetry openTelemetry) {
        return openTelemetry.getTracer("io.salespipeline.platform");
    }

    /** Sends what is still buffered before the service stops. */
    void close(@Disposes OpenTelemetry openTelemetry) {
        if (openTelemetry instanceof OpenTelemetrySdk sdk) {
            sdk.shutdown().join(5, TimeUnit.SECONDS);
        }
    }

    /** Lowest-priority settings: the environment and system properties override each of them. */
    static Map<String, String> defaults(String service, Map<String, String> environment) {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("otel.service.name", service);
        boolean endpoint = environment.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT")
                || environment.containsKey("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        defaults.put("otel.traces.exporter", endpoint ? "otlp" : "none");
        // Metrics go to Prometheus (Micrometer), logs to the console.
        defaults.put("otel.metrics.exporter", "none");
        defaults.put("otel.logs.exporter", "none");
        return defaults;
    }
}
