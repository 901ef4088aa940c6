package io.salespipeline.lead.application.search;

import io.salespipeline.platform.persistence.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The free-text part of a lead list: what {@code q} adds to the keyset query. */
@ApplicationScoped
public class LeadSearch {

    @Inject
    SearchTextSample searchTextSample;

    /**
     * q: the trigram index looks up q, or only q's pieces that are not in nearly every lead (see
     * SearchPieces); then q itself is checked on the candidates, written so that the index does
     * not take it ({@code concat(searchText, '')} is not the indexed expression).
     */
    public void narrow(Keyset keyset, LeadFilter filter) {
        if (filter.q() == null) {
            return;
        }
        List<String> pieces = SearchPieces.toLookUp(filter.q(), searchTextSample::frequency);
        if (pieces.isEmpty()) {
            keyset.where("searchText like :q escape '\\'", "q", filter.likePattern());
            return;
        }
        for (int i = 0; i < pieces.size(); i++) {
            keyset.where("searchText like :q" + i + " escape '\\'", "q" + i, LeadFilter.containing(pieces.get(i)));
        }
        keyset.where("concat(searchText, '') like :q escape '\\'", "q", filter.likePattern());
    }
}
