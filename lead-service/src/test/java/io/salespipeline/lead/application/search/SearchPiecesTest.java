package io.salespipeline.lead.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SearchPiecesTest {

    /** The benchmark's data: "company" is in every lead, " 4711" in a few. */
    private static ToDoubleFunction<String> shares(Map<String, Double> shares) {
        return piece -> shares.getOrDefault(piece, 0.0);
    }

    @Test
    void eachWordOfThreeOrMoreCharactersKeepsTheSpacesQHasAroundIt() {
        assertEquals(List.of("company ", " 4711"), SearchPieces.pieces("company 4711"));
        assertEquals(List.of("ada ", " lovelace ", " 123"), SearchPieces.pieces("ada lovelace 123"));
        assertEquals(List.of("ada ", " lovelace "), SearchPieces.pieces("ada lovelace 12"));
        // Short words and the empty words of double spaces give no piece; the spaces stay on the others.
        assertEquals(List.of("firm ", " qx12"), SearchPieces.pieces("firm 2 of qx12"));
        assertEquals(List.of("zeta ", " qx12"), SearchPieces.pieces("zeta  qx12"));
        assertEquals(List.of("gen777777@"), SearchPieces.pieces("gen777777@"));
    }

    @Test
    void everyPieceIsASubstringOfQ() {
        for (String q : List.of("company 4711", "a  bcd efg  hi jkl", "x%y_z\\ abc", "firm 2 of qx12")) {
            SearchPieces.pieces(q).forEach(piece -> assertEquals(true, q.contains(piece), q + " / " + piece));
        }
    }

    @Test
    void aFrequentWordIsLeftOutOfTheLookUpWhenARarePieceRemains() {
        assertEquals(List.of(" 4711"), SearchPieces.toLookUp("company 4711", shares(Map.of("company ", 1.0))));
        assertEquals(List.of("lovelace ", " 4711"),
                SearchPieces.toLookUp("lovelace company 4711", shares(Map.of(" company ", 0.9, "lovelace ", 0.06))));
    }

    @Test
    void otherwiseQIsLookedUpWhole() {
        // One word.
        assertEquals(List.of(), SearchPieces.toLookUp("hopper", shares(Map.of("hopper", 0.07))));
        // No frequent piece: the whole q narrows best.
        assertEquals(List.of(), SearchPieces.toLookUp("hopper 12", shares(Map.of("hopper ", 0.07, " 12", 0.09))));
        // No rare piece: nothing better to look up.
        assertEquals(List.of(), SearchPieces.toLookUp("company gmbh", shares(Map.of("company ", 1.0, " gmbh", 1.0))));
        assertEquals(List.of(), SearchPieces.toLookUp("company hopper", shares(Map.of("company ", 1.0, " hopper", 0.07))));
        // The only other word is too short to look up.
        assertEquals(List.of(), SearchPieces.toLookUp("company 47", shares(Map.of("company ", 1.0))));
        // No statistics (every share 0).
        assertEquals(List.of(), SearchPieces.toLookUp("company 4711", piece -> 0));
    }
}
