package io.salespipeline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private final UUID id = UUID.fromString("0193a7f5-0000-7000-8000-000000000001");

    @Test
    void aSortedCursorCarriesItsSortKeyAndIdEvenWithSeparatorsInTheKey() {
        String cursor = PageRequest.cursorAfter("name,asc", "o'brien\nmary", id);
        PageRequest page = PageRequest.of(cursor, "20", "name,asc");
        assertEquals(id, page.after());
        assertEquals("o'brien\nmary", page.afterKey());
        assertEquals(20, page.limit());
        assertNull(PageRequest.of(null, null, "name,asc").after());
    }

    @Test
    void aCursorContinuesOnlyTheListItWasIssuedFor() {
        String sorted = PageRequest.cursorAfter("name,asc", "ada", id);
        InvalidInputException other = assertThrows(InvalidInputException.class,
                () -> PageRequest.of(sorted, null, "createdAt,desc"));
        assertEquals("cursor", other.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> PageRequest.of(sorted, null));
        assertThrows(InvalidInputException.class, () -> PageRequest.of(PageRequest.cursorAfter(id), null, "name,asc"));
        assertEquals(id, PageRequest.of(PageRequest.cursorAfter(id), null).after());
        assertThrows(InvalidInputException.class, () -> PageRequest.of("%%%", null, "name,asc"));
    }
}
