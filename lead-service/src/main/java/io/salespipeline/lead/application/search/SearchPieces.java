package io.salespipeline.lead.application.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Which parts of a multi-word {@code q} the trigram index should look up. The trigram index finds
 * candidates by intersecting the posting lists of all of q's trigrams; a word that nearly every
 * lead contains (e.g. "company", "gmbh") adds trigrams that cannot narrow anything but cost a probe
 * into a list of every lead for each candidate (measured: {@code company 4711} read 2 213 index
 * pages for 162 candidates, {@code  4711} alone 97). So when q has both such a frequent piece and
 * a rare one, only the pieces that are not frequent go to the index.
 * <p>
 * Correct by construction: every piece is a substring of q (a word with the spaces q has around it),
 * so a text containing q contains every piece; the whole q is still checked, outside the index.
 */
public final class SearchPieces {

    /** A piece in at least this share of the leads narrows nothing worth its index work. */
    static final double FREQUENT = 0.1;
    /** A piece in at most this share of the leads (in none of the statistics sample) is rare. */
    static final double RARE = 0.01;
    /** Shorter words give the trigram index too little to look up (q itself needs 3 characters). */
    private static final int SHORTEST_WORD = 3;

    private SearchPieces() {
    }

    /**
     * The pieces of q (lower case, stripped) to look up in the index instead of q itself; empty
     * when q itself is the better look-up (one word, no frequent piece, or no rare piece).
     *
     * @param frequency the estimated share of leads whose search text contains a piece (0..1)
     */
    public static List<String> toLookUp(String q, ToDoubleFunction<String> frequency) {
        List<String> pieces = pieces(q);
        if (pieces.size() < 2) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        boolean anyFrequent = false;
        boolean anyRare = false;
        for (String piece : pieces) {
            double share = frequency.applyAsDouble(piece);
            if (share >= FREQUENT) {
                anyFrequent = true;
            } else {
                kept.add(piece);
                anyRare |= share <= RARE;
            }
        }
        return anyFrequent && anyRare ? List.copyOf(kept) : List.of();
    }

    /**
     * Each word of q of at least 3 characters, with the space q has before it (not for the first
     * word) and after it (not for the last): " 4711" for the last word of "company 4711" says the
     * text has a word starting with 4711, which "%4711%" would not.
     */
    static List<String> pieces(String q) {
        String[] words = q.split(" ", -1);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= SHORTEST_WORD) {
                pieces.add((i > 0 ? " " : "") + words[i] + (i < words.length - 1 ? " " : ""));
            }
        }
        return pieces;
    }
}
