package io.salespipeline.platform.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.salespipeline.platform.domain.Require;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who works a deal's record: the request bodies of {@code PUT …/{id}/owner} and
 * {@code PUT …/{id}/sharing}, the same in every stage, and the check of a sharing list.
 */
public final class Ownership {

    private Ownership() {
    }

    /** The seller who works the record from now on. */
    @Schema(description = "The seller who owns the record from now on.")
    public record OwnerInput(@Schema(description = "The seller's subject (as in their token).", example = "sam.seller")
            @NotBlank @Size(max = 200) String owner) {
    }

    /** Everyone besides the owner who may see and work the record (replaces the list). */
    @Schema(description = "Everyone besides the owner who may see and work the record; replaces the list.")
    public record SharingInput(@Schema(description = "The sellers' subjects (at most 50; empty: nobody).",
            example = "[\"kim.seller\"]") @NotNull @Size(max = 50) Set<@NotBlank @Size(max = 200) String> sharedWith) {
    }

    /** A sharing list as a record keeps it: each subject checked, sorted, no repeats; null is nobody. */
    public static Set<String> checkedSubjects(Collection<String> subjects) {
        Set<String> checked = new TreeSet<>();
        if (subjects != null) {
            for (String subject : subjects) {
                checked.add(Require.text("sharedWith", subject, 200));
            }
        }
        return checked;
    }
}
