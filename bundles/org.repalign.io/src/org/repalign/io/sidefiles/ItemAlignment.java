package org.repalign.io.sidefiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repalign.compute.data.RowMatrix;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.SelectedRowsMatrix;

/**
 * Several sources restricted to the items they all have, in the order of the first source.
 * For each source it records the row of every common item and how many of its items were
 * dropped, and it can present a source's matrix restricted and reordered accordingly.
 */
public final class ItemAlignment {

    private final List<ItemSource> sources;
    private final List<String> items;
    private final int[][] rows;

    private ItemAlignment(List<ItemSource> sources, List<String> items, int[][] rows) {
        this.sources = sources;
        this.items = items;
        this.rows = rows;
    }

    /**
     * @param sources at least one source
     * @return the alignment on the intersection of their items
     * @throws RepresentationFileException when a source lists an item twice (naming its file
     *                                     and both rows, counted from 1)
     */
    public static ItemAlignment align(List<ItemSource> sources) throws RepresentationFileException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no sources to align");
        }
        List<Map<String, Integer>> indexes = new ArrayList<>();
        for (ItemSource source : sources) {
            Map<String, Integer> index = new HashMap<>();
            List<String> list = source.items();
            for (int i = 0; i < list.size(); i++) {
                Integer previous = index.putIfAbsent(list.get(i), i);
                if (previous != null) {
                    throw new RepresentationFileException(source.file(), "item '" + list.get(i)
                            + "' appears twice, at rows " + (previous + 1) + " and " + (i + 1));
                }
            }
            indexes.add(index);
        }
        List<String> common = new ArrayList<>();
        for (String item : sources.get(0).items()) {
            boolean everywhere = true;
            for (int s = 1; s < indexes.size() && everywhere; s++) {
                everywhere = indexes.get(s).containsKey(item);
            }
            if (everywhere) {
                common.add(item);
            }
        }
        int[][] rows = new int[sources.size()][common.size()];
        for (int s = 0; s < sources.size(); s++) {
            for (int i = 0; i < common.size(); i++) {
                rows[s][i] = indexes.get(s).get(common.get(i));
            }
        }
        return new ItemAlignment(List.copyOf(sources), List.copyOf(common), rows);
    }

    /** @return the common items, in the order of the first source */
    public List<String> items() {
        return items;
    }

    /** @return the number of sources */
    public int sourceCount() {
        return sources.size();
    }

    /**
     * @param source a source index
     * @return the row of each common item in that source
     */
    public int[] rowsOf(int source) {
        return rows[source].clone();
    }

    /**
     * @param source a source index
     * @return how many of the source's items are not common to all sources
     */
    public int droppedFrom(int source) {
        return sources.get(source).items().size() - items.size();
    }

    /**
     * @param source a source index
     * @param matrix that source's matrix, one row per listed item
     * @return a view with one row per common item, in alignment order
     * @throws IllegalArgumentException when the matrix's rows differ from the source's items
     */
    public RowMatrix select(int source, RowMatrix matrix) {
        if (matrix.rows() != sources.get(source).items().size()) {
            throw new IllegalArgumentException("matrix has " + matrix.rows() + " rows but source " + source + " lists "
                    + sources.get(source).items().size() + " items");
        }
        return new SelectedRowsMatrix(matrix, rows[source].clone());
    }

    /** @return e.g. {@code 120 common items; a.npy dropped 3, b.vec dropped 0} */
    public String summary() {
        StringBuilder out = new StringBuilder(items.size() + " common items");
        for (int s = 0; s < sources.size(); s++) {
            out.append(s == 0 ? "; " : ", ").append(RepresentationFileException.displayName(sources.get(s).file()))
                    .append(" dropped ").append(droppedFrom(s));
        }
        return out.toString();
    }
}
