package io.salespipeline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK's ahead-of-time cache (JEP 483, 514, 515) of one packaged application, kept in a directory
 * of the caller's (the local run's data directory): classes already parsed, linked and profiled,
 * so a JVM that uses it starts with less CPU. It is made by the application itself, no build step:
 * a JVM without a usable cache runs as a training run ({@code -XX:AOTCacheOutput}) and writes one
 * when it exits; the next JVM starts from it. It is written aside and only taken once the training
 * JVM has exited on its own ({@link #trained}): one killed while writing leaves nothing half-made.
 * One killed because a stop's grace ran out ({@link #gaveUp}) is not tried again for that build (a
 * machine too busy to write a cache in time would otherwise make every stop that slow). A
 * cache belongs to one build of the application on one JDK: its file name carries their
 * fingerprint, so a rebuild trains a new one and the old goes.
 */
public final class AotCache {

    /** Exit status of a JVM killed (SIGKILL): what it was writing may be incomplete. */
    private static final int KILLED = 128 + 9;

    private final Path file;
    /** This name's caches and training leftovers, of any build. */
    private final Pattern ofThisName;

    private AotCache(Path file, String name) {
        this.file = file;
        this.ofThisName = Pattern.compile(Pattern.quote(name) + "-[0-9a-f]{16}\\.aot.*");
    }

    /** The cache of {@code app} (a {@code quarkus-app} directory) named {@code name} in {@code directory}. */
    public static AotCache of(Path directory, String name, Path app) {
        return new AotCache(directory.resolve(name + "-" + fingerprint(app) + ".aot"), name);
    }

    /** Whether a JVM started now would train the cache: there is none, and training this build never failed. */
    public boolean trains() {
        return !exists() && !Files.exists(untrainable());
    }

    /** Whether a JVM started now would use the cache rather than train it. */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public Path file() {
        return file;
    }

    /**
     * The JVM options for the next start: the cache when there is one; otherwise a training run that
     * writes it at exit (earlier caches of the same name, of other builds, are deleted first).
     */
    public List<String> jvmOptions() {
        if (exists()) {
            return List.of("-XX:AOTCache=" + file);
        }
        if (!trains()) {
            return List.of();
        }
        try {
            Files.createDirectories(file.getParent());
            try (Stream<Path> earlier = Files.list(file.getParent())) {
                for (Path stale : earlier.filter(path -> ofThisName.matcher(path.getFileName().toString()).matches()).toList()) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-XX:AOTCacheOutput=" + training());
    }

    /**
     * A JVM started with {@link #jvmOptions()} exited with {@code status}: a training run's cache
     * becomes the cache unless the JVM was killed; a JVM that only used the cache changes nothing.
     */
    public void trained(int status) {
        Path training = training();
        try {
            if (status != KILLED && Files.isRegularFile(training) && Files.size(training) > 0) {
                Files.move(training, file, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(training);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A training JVM was stopped and had to be killed before it had written the cache: this build is
     * not trained again (its JVMs start without a cache), so that not every stop waits that long.
     */
    public void gaveUp() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(untrainable(), "killed on a stop before it had written its AOT cache\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path untrainable() {
        return file.resolveSibling(file.getFileName() + ".untrainable");
    }

    private Path training() {
        return file.resolveSibling(file.getFileName() + ".training");
    }

    /** Every file of the application (name, size, time) and the JDK's version, hashed. */
    static String fingerprint(Path app) {
        try (Stream<Path> files = Files.walk(app)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = app.relativize(path) + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
