package io.salespipeline.platform.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The first rows of two lists that are each already in one order, merged in that order. */
final class SortedMerge {

    private SortedMerge() {
    }

    static <T> List<T> first(int count, List<T> one, List<T> other, Comparator<? super T> order) {
        List<T> merged = new ArrayList<>(Math.min(count, one.size() + other.size()));
        int i = 0;
        int j = 0;
        while (merged.size() < count && (i < one.size() || j < other.size())) {
            boolean fromOne = j >= other.size() || (i < one.size() && order.compare(one.get(i), other.get(j)) <= 0);
            merged.add(fromOne ? one.get(i++) : other.get(j++));
        }
        return merged;
    }
}
