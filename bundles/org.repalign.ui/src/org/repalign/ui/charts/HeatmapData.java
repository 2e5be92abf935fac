package org.repalign.ui.charts;

import java.util.List;
import java.util.Objects;

/**
 * What a heatmap shows: a title, labels of rows and columns, the values (NaN for an empty
 * cell), the colour scale, what one value is called in hover texts and which way its values are
 * better.
 *
 * @param title        title above the map; a line break starts a second line
 * @param rowLabels    one label per row
 * @param columnLabels one label per column
 * @param values       rows × columns values, copied
 * @param scale        colour scale
 * @param quantity     name of the value, e.g. {@code cka (centered)}
 * @param notes        rows × columns texts added to each cell's hover text (e.g. which latent),
 *                     or {@code null}; copied
 * @param direction    which way the values are better, e.g. {@code higher is better} or
 *                     {@code positive: sparse aligns better}; written in every CSV line and
 *                     hover text; empty when the values have no direction
 * @param spreads      rows × columns standard deviations shown as {@code value ± sd} in hover
 *                     texts, or {@code null}; copied
 * @param marked       the row and column of a cell drawn with an outline (such as the best
 *                     one), or {@code null}
 * @param hatched      rows × columns flags of cells drawn hatched (such as differences whose
 *                     interval contains 0), or {@code null}; copied
 */
public record HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
        ColorScale scale, String quantity, String[][] notes, String direction, double[][] spreads, int[] marked,
        boolean[][] hatched) {

    /**
     * A heatmap without spreads or a marked cell.
     *
     * @param title        title above the map
     * @param rowLabels    one label per row
     * @param columnLabels one label per column
     * @param values       rows × columns values, copied
     * @param scale        colour scale
     * @param quantity     name of the value
     * @param notes        rows × columns hover notes, or {@code null}
     * @param direction    which way the values are better, or empty
     */
    public HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
            ColorScale scale, String quantity, String[][] notes, String direction) {
        this(title, rowLabels, columnLabels, values, scale, quantity, notes, direction, null, null, null);
    }

    /**
     * A heatmap of values without a direction.
     *
     * @param title        title above the map
     * @param rowLabels    one label per row
     * @param columnLabels one label per column
     * @param values       rows × columns values, copied
     * @param scale        colour scale
     * @param quantity     name of the value
     * @param notes        rows × columns hover notes, or {@code null}
     */
    public HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
            ColorScale scale, String quantity, String[][] notes) {
        this(title, rowLabels, columnLabels, values, scale, quantity, notes, "");
    }

    /**
     * A heatmap without cell notes.
     *
     * @param title        title above the map
     * @param rowLabels    one label per row
     * @param columnLabels one label per column
     * @param values       rows × columns values, copied
     * @param scale        colour scale
     * @param quantity     name of the value
     */
    public HeatmapData(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
            ColorScale scale, String quantity) {
        this(title, rowLabels, columnLabels, values, scale, quantity, null, "");
    }

    /** Copies and checks the shape. */
    public HeatmapData {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        Objects.requireNonNull(scale, "scale");
        direction = direction == null ? "" : direction;
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rowLabels.size() + " labels");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnLabels.size()) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values for "
                        + columnLabels.size() + " columns");
            }
            copy[r] = values[r].clone();
        }
        values = copy;
        if (notes != null) {
            if (notes.length != values.length) {
                throw new IllegalArgumentException(notes.length + " rows of notes for " + values.length + " rows");
            }
            String[][] noteCopy = new String[notes.length][];
            for (int r = 0; r < notes.length; r++) {
                if (notes[r].length != columnLabels.size()) {
                    throw new IllegalArgumentException("notes row " + r + " has " + notes[r].length + " entries for "
                            + columnLabels.size() + " columns");
                }
                noteCopy[r] = notes[r].clone();
            }
            notes = noteCopy;
        }
        if (spreads != null) {
            if (spreads.length != values.length) {
                throw new IllegalArgumentException(spreads.length + " rows of spreads for " + values.length + " rows");
            }
            double[][] spreadCopy = new double[spreads.length][];
            for (int r = 0; r < spreads.length; r++) {
                if (spreads[r].length != columnLabels.size()) {
                    throw new IllegalArgumentException("spreads row " + r + " has " + spreads[r].length
                            + " entries for " + columnLabels.size() + " columns");
                }
                spreadCopy[r] = spreads[r].clone();
            }
            spreads = spreadCopy;
        }
        if (hatched != null) {
            if (hatched.length != values.length) {
                throw new IllegalArgumentException(hatched.length + " rows of hatch flags for " + values.length
                        + " rows");
            }
            boolean[][] hatchCopy = new boolean[hatched.length][];
            for (int r = 0; r < hatched.length; r++) {
                if (hatched[r].length != columnLabels.size()) {
                    throw new IllegalArgumentException("hatch row " + r + " has " + hatched[r].length
                            + " entries for " + columnLabels.size() + " columns");
                }
                hatchCopy[r] = hatched[r].clone();
            }
            hatched = hatchCopy;
        }
        if (marked != null) {
            if (marked.length != 2 || marked[0] < 0 || marked[0] >= values.length || marked[1] < 0
                    || marked[1] >= columnLabels.size()) {
                throw new IllegalArgumentException("marked cell " + java.util.Arrays.toString(marked)
                        + " is not a cell of " + values.length + " × " + columnLabels.size());
            }
            marked = marked.clone();
        }
    }

    /**
     * @param cellSpreads rows × columns standard deviations, or {@code null}
     * @return the same map with the spreads shown as {@code value ± sd} in hover texts
     */
    public HeatmapData withSpreads(double[][] cellSpreads) {
        return new HeatmapData(title, rowLabels, columnLabels, values, scale, quantity, notes, direction, cellSpreads,
                marked, hatched);
    }

    /**
     * @param row    the row of the cell to outline
     * @param column its column
     * @return the same map with that cell outlined
     */
    public HeatmapData withMarked(int row, int column) {
        return new HeatmapData(title, rowLabels, columnLabels, values, scale, quantity, notes, direction, spreads,
                new int[] { row, column }, hatched);
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the cell's standard deviation, NaN when the map has none
     */
    public double spread(int row, int column) {
        return spreads == null ? Double.NaN : spreads[row][column];
    }

    /** @return a copy of the spreads, or {@code null} */
    @Override
    public double[][] spreads() {
        return spreads == null ? null : java.util.Arrays.stream(spreads).map(double[]::clone).toArray(double[][]::new);
    }

    /** @return the row and column of the outlined cell, or {@code null} */
    @Override
    public int[] marked() {
        return marked == null ? null : marked.clone();
    }

    /**
     * @param cells rows × columns flags of the cells to draw hatched, or {@code null} for none
     * @return this map with those cells hatched
     */
    public HeatmapData withHatched(boolean[][] cells) {
        return new HeatmapData(title, rowLabels, columnLabels, values, scale, quantity, notes, direction, spreads,
                marked, cells);
    }

    /** @return a copy of the hatch flags, or {@code null} */
    @Override
    public boolean[][] hatched() {
        return hatched == null ? null : java.util.Arrays.stream(hatched).map(boolean[]::clone)
                .toArray(boolean[][]::new);
    }

    /**
     * @param row    row index
     * @param column column index
     * @return whether the cell is drawn hatched
     */
    public boolean isHatched(int row, int column) {
        return hatched != null && hatched[row][column];
    }

    /**
     * @param row    row index
     * @param column column index
     * @return whether the cell is outlined
     */
    public boolean isMarked(int row, int column) {
        return marked != null && marked[0] == row && marked[1] == column;
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the cell's value as hover texts and SVG titles give it: four decimals, {@code ± sd}
     *         when the map has a spread for it, {@code not measured} for an empty cell
     */
    public String valueText(int row, int column) {
        double value = values[row][column];
        if (Double.isNaN(value)) {
            return "not measured";
        }
        double sd = spread(row, column);
        return String.format(java.util.Locale.ROOT, "%.4f", value)
                + (Double.isNaN(sd) ? "" : String.format(java.util.Locale.ROOT, " \u00b1 %.4f", sd));
    }

    /** @return a copy of the notes, or {@code null} */
    @Override
    public String[][] notes() {
        if (notes == null) {
            return null;
        }
        String[][] copy = new String[notes.length][];
        for (int r = 0; r < notes.length; r++) {
            copy[r] = notes[r].clone();
        }
        return copy;
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the cell's note, or {@code null}
     */
    public String note(int row, int column) {
        return notes == null ? null : notes[row][column];
    }

    /** @return a copy of the values */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    /**
     * @param row    row index
     * @param column column index
     * @return the value of the cell, NaN when empty
     */
    public double value(int row, int column) {
        return values[row][column];
    }

    /** @return number of rows */
    public int rows() {
        return values.length;
    }

    /** @return number of columns */
    public int columns() {
        return columnLabels.size();
    }
}
