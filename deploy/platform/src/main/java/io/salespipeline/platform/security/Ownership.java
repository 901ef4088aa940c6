package io.salespipeline.platform.security;

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
    public record OwnerInput(@NotBlank @Size(max = 200) String owner) {
    }

    /** Everyone besides the owner who may see and work the record (replaces the list). */
    public record SharingInput(@NotNull @Size(max = 50) Set<@NotBlank @Size(max = 200) String> sharedWith) {
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
