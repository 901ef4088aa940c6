package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path dir;
    Path app;
    Path caches;

    @BeforeEach
    void an_application() throws Exception {
        app = Files.createDirectories(dir.resolve("quarkus-app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("lib/main/a.jar"), "a");
        caches = dir.resolve("aot");
    }

    @Test
    void without_a_cache_the_jvm_trains_one_aside_and_it_becomes_the_cache_once_the_jvm_exited_on_its_own()
            throws Exception {
        AotCache cache = AotCache.of(caches, "lead-service", app);
        List<String> training = cache.jvmOptions();
        Path written = Path.of(training.get(0).substring("-XX:AOTCacheOutput=".length()));
        assertTrue(training.get(0).startsWith("-XX:AOTCacheOutput="));
        assertFalse(cache.exists());

        Files.writeString(written, "cache"); // what the JVM writes when it exits
        cache.trained(143);

        assertTrue(cache.exists());
        assertEquals(List.of("-XX:AOTCache=" + cache.file()), cache.jvmOptions());
    }

    @Test
    void what_a_killed_jvm_was_writing_is_thrown_away() throws Exception {
        AotCache cache = AotCache.of(caches, "lead-service", app);
        Path written = Path.of(cache.jvmOptions().get(0).substring("-XX:AOTCacheOutput=".length()));
        Files.writeString(written, "half a cache");

        cache.trained(137);

        assertFalse(cache.exists());
        assertFalse(Files.exists(written));
    }

    @Test
    void a_rebuilt_application_trains_a_new_cache_and_the_old_one_goes_but_not_another_services()
            throws Exception {
        AotCache before = AotCache.of(caches, "lead-service", app);
        Files.createDirectories(caches);
        Files.writeString(before.file(), "old");
        Path other = caches.resolve("lead-service-extra-0123456789abcdef.aot");
        Files.writeString(other, "another service's");
        Files.setLastModifiedTime(app.resolve("lib/main/a.jar"), FileTime.fromMillis(1_000));

        AotCache after = AotCache.of(caches, "lead-service", app);
        assertNotEquals(before.file(), after.file());
        assertTrue(after.jvmOptions().get(0).startsWith("-XX:AOTCacheOutput="));

        assertFalse(Files.exists(before.file()));
        assertTrue(Files.exists(other));
    }

    @Test
    void a_build_whose_training_was_killed_on_a_stop_starts_without_a_cache_until_it_is_rebuilt() throws Exception {
        AotCache cache = AotCache.of(caches, "lead-service", app);
        cache.jvmOptions();
        cache.trained(137);
        cache.gaveUp();

        assertFalse(cache.trains());
        assertEquals(List.of(), cache.jvmOptions());

        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.fromMillis(2_000));
        assertTrue(AotCache.of(caches, "lead-service", app).trains());
    }
}
