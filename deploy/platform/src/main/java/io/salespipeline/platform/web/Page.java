package io.salespipeline.platform.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items": [...], "nextCursor": "..."}}; nextCursor is null on the last page. */
@Schema(description = "One page of a list, in the list's sort.")
public record Page<T>(
        @Schema(required = true, description = "The records of this page (at most limit).") List<T> items,
        @Schema(nullable = true, description = "Pass as cursor to get the next page; null on the last page.",
                examples = "eyJpZCI6IjAxOTMifQ") String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only says that
     * another page exists.
     */
    public static <E, T> Page<T> of(List<E> rows, PageRequest request, Function<E, UUID> id, Function<E, T> view) {
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? PageRequest.cursorAfter(id.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** The same for a list in a chosen sort: {@code cursorAfter} is the sort's (KeysetSort::cursorAfter). */
    public static <E, T> Page<T> sorted(List<E> rows, PageRequest request, Function<E, String> cursorAfter,
            Function<E, T> view) {
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorAfter.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
