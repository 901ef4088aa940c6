package io.salespipeline.lead.application.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Uploaded files on disk until their import has ended: the upload is copied here as it arrives
 * (never held in memory), and a resumed import reads it again after a restart. With more than
 * one replica the directory must be shared storage (a volume), so any replica can resume.
 */
@ApplicationScoped
public class ImportSpool {

    @Inject
    LeadImportsConfig config;

    public Path file(UUID importId) {
        return config.spoolDir().resolve(importId + ".csv");
    }

    /** Copies the upload to disk; answers its size in bytes. */
    public long receive(UUID importId, InputStream upload) {
        try {
            Files.createDirectories(config.spoolDir());
            return Files.copy(upload, file(importId), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(importId);
            throw new UncheckedIOException("Could not store the upload of import " + importId, e);
        }
    }

    public boolean holds(UUID importId) {
        return Files.isReadable(file(importId));
    }

    public void delete(UUID importId) {
        try {
            Files.deleteIfExists(file(importId));
        } catch (IOException e) {
            // Only disk space is lost; the import's outcome is already recorded.
        }
    }
}
