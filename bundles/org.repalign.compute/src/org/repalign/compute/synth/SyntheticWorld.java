package org.repalign.compute.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.repalign.compute.data.DenseMatrix;

/**
 * The ground truth shared by all models of RepAlign's own synthetic signal/bias/noise model
 * (inferred from the paper's abstract, not stated by the paper): n items, m attributes, each
 * item's sparse non-negative attribute code s(o) ∈ ℝ<sup>m</sup> and its Zipf frequency f(o).
 *
 * <p>Item i (0-based) is named {@code item%04d} of i + 1 and has frequency rank i + 1, so rows
 * come in decreasing frequency: f(item i) = {@code topFrequency} · (i + 1)<sup>−a</sup> exactly.
 * Attribute j is named {@code attr%03d} of j + 1. Each code has exactly
 * {@link #activePerItem()} positive entries, at attributes drawn uniformly without replacement,
 * with values {@code magnitude · (1 + jitter · (2u − 1))}, u uniform in [0, 1); all other entries
 * are 0.
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class SyntheticWorld {

    private final List<String> itemNames;
    private final List<String> attributeNames;
    private final double[][] codes;
    private final int[][] active;
    private final double[] frequencies;
    private final double zipfExponent;
    private final double topFrequency;

    SyntheticWorld(double[][] codes, int[][] active, double[] frequencies, double zipfExponent, double topFrequency) {
        this.codes = codes;
        this.active = active;
        this.frequencies = frequencies;
        this.zipfExponent = zipfExponent;
        this.topFrequency = topFrequency;
        List<String> items = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            items.add(itemName(i));
        }
        List<String> attributes = new ArrayList<>(codes[0].length);
        for (int j = 0; j < codes[0].length; j++) {
            attributes.add(attributeName(j));
        }
        this.itemNames = Collections.unmodifiableList(items);
        this.attributeNames = Collections.unmodifiableList(attributes);
    }

    /**
     * @param index 0-based item index
     * @return its name, {@code item0001} for index 0
     */
    public static String itemName(int index) {
        return String.format("item%04d", index + 1);
    }

    /**
     * @param index 0-based attribute index
     * @return its name, {@code attr001} for index 0
     */
    public static String attributeName(int index) {
        return String.format("attr%03d", index + 1);
    }

    /** @return n */
    public int items() {
        return codes.length;
    }

    /** @return m */
    public int attributes() {
        return codes[0].length;
    }

    /** @return the number of positive entries in every code */
    public int activePerItem() {
        return active[0].length;
    }

    /** @return the item names in row order (decreasing frequency) */
    public List<String> itemNames() {
        return itemNames;
    }

    /** @return the attribute names in column order of the codes */
    public List<String> attributeNames() {
        return attributeNames;
    }

    /** @return the n × m code matrix S, row i = s(item i) */
    public DenseMatrix codes() {
        return DenseMatrix.of(codes);
    }

    /**
     * @param item 0-based item index
     * @return a copy of s(item)
     */
    public double[] code(int item) {
        return codes[item].clone();
    }

    /**
     * @param item 0-based item index
     * @return the indices of its positive attributes, ascending
     */
    public int[] activeAttributes(int item) {
        return active[item].clone();
    }

    /**
     * @param item 0-based item index
     * @return the names of its positive attributes, in ascending index order
     */
    public List<String> attributesOf(int item) {
        List<String> names = new ArrayList<>(active[item].length);
        for (int j : active[item]) {
            names.add(attributeNames.get(j));
        }
        return List.copyOf(names);
    }

    /** @return f(item i) for every i, decreasing */
    public double[] frequencies() {
        return frequencies.clone();
    }

    /**
     * @param item 0-based item index
     * @return its frequency, {@code topFrequency · (item + 1)^(−a)}
     */
    public double frequency(int item) {
        return frequencies[item];
    }

    /**
     * @param item 0-based item index
     * @return its 1-based frequency rank, item + 1
     */
    public int rank(int item) {
        return item + 1;
    }

    /** @return the Zipf exponent a */
    public double zipfExponent() {
        return zipfExponent;
    }

    /** @return the frequency of the rank-1 item */
    public double topFrequency() {
        return topFrequency;
    }
}
