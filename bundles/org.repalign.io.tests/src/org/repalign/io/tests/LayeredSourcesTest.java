package org.repalign.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationLayers;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.internal.NaturalNameOrder;

/**
 * Sources holding layers: 3-D {@code .npy} arrays, {@code .safetensors} files with a 3-D tensor
 * or one 2-D tensor per layer, and folders of per-layer files; the files are built byte by byte
 * here, independently of the readers.
 */
class LayeredSourcesTest {

    @TempDir
    Path dir;

    /** Layer l, row i, column j holds 100 l + 10 i + j. */
    private static double[][] layer(int l, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                values[i][j] = 100 * l + 10 * i + j;
            }
        }
        return values;
    }

    private static byte[] stack(int layers, int rows, int columns, int size, ByteOrder order) {
        byte[][] parts = new byte[layers][];
        for (int l = 0; l < layers; l++) {
            parts[l] = NpyBytes.floats(layer(l, rows, columns), size, order, false);
        }
        return NpyBytes.concat(parts);
    }

    private static void assertLayer(LayeredRepresentation layers, int index, int valueLayer) {
        double[][] expected = layer(valueLayer, layers.layer(index).rows(), layers.layer(index).columns());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], layers.layer(index).row(i), 0.0, "layer " + index + " row " + i);
        }
    }

    @Test
    void threeDimensionalNpyIsOneMatrixPerLayer() throws IOException {
        Path file = dir.resolve("stack.npy");
        Files.write(file, NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(3, 4, 2)"),
                stack(3, 4, 2, 4, ByteOrder.LITTLE_ENDIAN)));
        assertTrue(RepresentationLayers.holdsLayers(file, null));
        LayeredRepresentation layers = RepresentationLayers.open(file, null);
        assertEquals(List.of("0", "1", "2"), layers.layerNames());
        assertEquals(4, layers.rows());
        for (int l = 0; l < 3; l++) {
            assertEquals(2, layers.layer(l).columns());
            assertLayer(layers, l, l);
        }
    }

    @Test
    void bigEndianFloat64Stack() throws IOException {
        Path file = dir.resolve("wide.npy");
        Files.write(file, NpyBytes.withHeader(2, NpyBytes.dict(">f8", false, "(2, 3, 5)"),
                stack(2, 3, 5, 8, ByteOrder.BIG_ENDIAN)));
        LayeredRepresentation layers = RepresentationLayers.open(file, null);
        assertEquals(2, layers.layerCount());
        assertLayer(layers, 1, 1);
    }

    @Test
    void twoDimensionalFileIsOneLayerNamedAfterIt() throws IOException {
        Path file = dir.resolve("last.npy");
        Files.write(file, NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(4, 2)"),
                NpyBytes.floats(layer(7, 4, 2), 4, ByteOrder.LITTLE_ENDIAN, false)));
        assertFalse(RepresentationLayers.holdsLayers(file, null));
        LayeredRepresentation layers = RepresentationLayers.open(file, null);
        assertEquals(List.of("last"), layers.layerNames());
        assertLayer(layers, 0, 7);
    }

    @Test
    void plainReaderPointsAThreeDimensionalArrayToLayers() throws IOException {
        Path file = dir.resolve("stack.npy");
        Files.write(file, NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(3, 4, 2)"),
                stack(3, 4, 2, 4, ByteOrder.LITTLE_ENDIAN)));
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> RepresentationReaders.open(file, null));
        assertTrue(e.getMessage().contains("stack.npy") && e.getMessage().contains("--layers"), e.getMessage());
    }

    @Test
    void fortranOrderStackAndShortDataAreRefusedWithTheFileNamed() throws IOException {
        Path fortran = dir.resolve("fortran.npy");
        Files.write(fortran, NpyBytes.withHeader(1, NpyBytes.dict("<f4", true, "(3, 4, 2)"),
                stack(3, 4, 2, 4, ByteOrder.LITTLE_ENDIAN)));
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> RepresentationLayers.open(fortran, null));
        assertTrue(e.getMessage().contains("fortran.npy") && e.getMessage().contains("Fortran order"), e.getMessage());

        Path truncated = dir.resolve("short.npy");
        byte[] data = stack(3, 4, 2, 4, ByteOrder.LITTLE_ENDIAN);
        Files.write(truncated, NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(3, 4, 2)"),
                java.util.Arrays.copyOf(data, data.length - 12)));
        e = assertThrows(RepresentationFileException.class, () -> RepresentationLayers.open(truncated, null));
        assertTrue(e.getMessage().contains("short.npy") && e.getMessage().contains("3 layers"), e.getMessage());
    }

    /** Tensors named layers.1, layers.10, layers.2 (out of order on purpose) and embed. */
    private Path perLayerTensors() throws IOException {
        String[] names = { "layers.10", "layers.2", "embed", "layers.1" };
        int[] values = { 10, 2, 50, 1 };
        StringBuilder header = new StringBuilder("{");
        List<byte[]> data = new ArrayList<>();
        long offset = 0;
        for (int t = 0; t < names.length; t++) {
            byte[] bytes = NpyBytes.floats(layer(values[t], 3, 2), 4, ByteOrder.LITTLE_ENDIAN, false);
            header.append(t == 0 ? "" : ",").append(ArchiveBytes.tensor(names[t], "F32", 3, 2, offset, offset + bytes.length));
            offset += bytes.length;
            data.add(bytes);
        }
        Path file = dir.resolve("model.safetensors");
        Files.write(file, ArchiveBytes.safetensors(header.append('}').toString(), NpyBytes.concat(data.toArray(byte[][]::new))));
        return file;
    }

    @Test
    void safetensorsPatternSelectsTwoDimensionalTensorsInNaturalOrder() throws IOException {
        Path file = perLayerTensors();
        assertTrue(RepresentationLayers.holdsLayers(file, "layers.*"));
        LayeredRepresentation layers = RepresentationLayers.open(file, "layers.*");
        assertEquals(List.of("layers.1", "layers.2", "layers.10"), layers.layerNames());
        assertLayer(layers, 0, 1);
        assertLayer(layers, 1, 2);
        assertLayer(layers, 2, 10);
        assertEquals(List.of("layers.1", "layers.2"), RepresentationLayers.open(file, "layers.?").layerNames());
        assertEquals(List.of("embed", "layers.1", "layers.2", "layers.10"),
                RepresentationLayers.open(file, null).layerNames());
        LayeredRepresentation one = RepresentationLayers.open(file, "embed");
        assertEquals(List.of("embed"), one.layerNames());
        assertLayer(one, 0, 50);
        assertFalse(RepresentationLayers.holdsLayers(file, "embed"));

        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> RepresentationLayers.open(file, "block.*"));
        assertTrue(e.getMessage().contains("model.safetensors") && e.getMessage().contains("block.*")
                && e.getMessage().contains("layers.10"), e.getMessage());
    }

    @Test
    void safetensorsThreeDimensionalTensorIsOneLayerPerSlice() throws IOException {
        byte[] cube = stack(3, 4, 2, 4, ByteOrder.LITTLE_ENDIAN);
        String header = "{\"hidden\":{\"dtype\":\"F32\",\"shape\":[3,4,2],\"data_offsets\":[0," + cube.length + "]}}";
        Path file = dir.resolve("hidden.safetensors");
        Files.write(file, ArchiveBytes.safetensors(header, cube));
        assertTrue(RepresentationLayers.holdsLayers(file, null));
        for (String name : new String[] { null, "hidden" }) {
            LayeredRepresentation layers = RepresentationLayers.open(file, name);
            assertEquals(List.of("0", "1", "2"), layers.layerNames());
            assertLayer(layers, 2, 2);
        }
    }

    @Test
    void npzArraysAreLayersByPatternOrAllTwoDimensionalOnes() throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int l : new int[] { 10, 2 }) {
            entries.put("layer_" + l + ".npy", NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(3, 2)"),
                    NpyBytes.floats(layer(l, 3, 2), 4, ByteOrder.LITTLE_ENDIAN, false)));
        }
        entries.put("labels.npy", NpyBytes.withHeader(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }",
                new byte[24]));
        Path file = dir.resolve("acts.npz");
        Files.write(file, ArchiveBytes.zip(entries, true));
        for (String pattern : new String[] { null, "layer_*" }) {
            assertTrue(RepresentationLayers.holdsLayers(file, pattern));
            LayeredRepresentation layers = RepresentationLayers.open(file, pattern);
            assertEquals(List.of("layer_2", "layer_10"), layers.layerNames());
            assertLayer(layers, 0, 2);
            assertLayer(layers, 1, 10);
        }
        LayeredRepresentation one = RepresentationLayers.open(file, "layer_10");
        assertEquals(List.of("layer_10"), one.layerNames());
        assertLayer(one, 0, 10);
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> RepresentationLayers.open(file, "*"));
        assertTrue(e.getMessage().contains("labels") && e.getMessage().contains("2-D float"), e.getMessage());
    }

    @Test
    void folderLayersFollowNaturalNameOrderAndSkipOtherFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("gpt"));
        for (int l : new int[] { 10, 2, 1 }) {
            Files.write(folder.resolve("layer_" + l + ".npy"), NpyBytes.withHeader(1, NpyBytes.dict("<f4", false,
                    "(4, " + (l + 1) + ")"), NpyBytes.floats(layer(l, 4, l + 1), 4, ByteOrder.LITTLE_ENDIAN, false)));
        }
        Files.writeString(folder.resolve("README.md"), "three layers");
        Files.writeString(folder.resolve(".hidden.npy"), "not a layer");
        assertTrue(RepresentationLayers.holdsLayers(folder, null));
        LayeredRepresentation layers = RepresentationLayers.open(folder, null);
        assertEquals(List.of("layer_1", "layer_2", "layer_10"), layers.layerNames());
        assertEquals(List.of(2, 3, 11), layers.layers().stream().map(m -> m.columns()).toList());
        assertLayer(layers, 2, 10);
        assertEquals(2, layers.indexOf("layer_10"));
        assertEquals(1, layers.indexOf("1"));
        assertEquals(2, layers.indexOf("-1"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> layers.indexOf("layer_3"));
        assertTrue(bad.getMessage().contains("layer_3") && bad.getMessage().contains("layer_10"), bad.getMessage());
    }

    @Test
    void folderProblemsNameTheFolderOrTheLayerFile() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> RepresentationLayers.open(empty, null));
        assertTrue(e.getMessage().contains("empty") && e.getMessage().contains("one file per layer"), e.getMessage());

        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.write(mixed.resolve("a.npy"), NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(2, 2)"),
                NpyBytes.floats(layer(0, 2, 2), 4, ByteOrder.LITTLE_ENDIAN, false)));
        Files.writeString(mixed.resolve("b.csv"), "1,2\n3,4\n");
        e = assertThrows(RepresentationFileException.class, () -> RepresentationLayers.open(mixed, null));
        assertTrue(e.getMessage().contains("mixed") && e.getMessage().contains(".csv"), e.getMessage());

        Path uneven = Files.createDirectory(dir.resolve("uneven"));
        Files.write(uneven.resolve("l0.npy"), NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(2, 2)"),
                NpyBytes.floats(layer(0, 2, 2), 4, ByteOrder.LITTLE_ENDIAN, false)));
        Files.write(uneven.resolve("l1.npy"), NpyBytes.withHeader(1, NpyBytes.dict("<f4", false, "(3, 2)"),
                NpyBytes.floats(layer(1, 3, 2), 4, ByteOrder.LITTLE_ENDIAN, false)));
        e = assertThrows(RepresentationFileException.class, () -> RepresentationLayers.open(uneven, null));
        assertTrue(e.getMessage().startsWith("l1.npy") && e.getMessage().contains("3 rows"), e.getMessage());
    }

    @Test
    void nonFiniteValueIsReportedWithItsLayer() throws IOException {
        double[][] bad = layer(1, 4, 2);
        bad[3][1] = Double.NaN;
        Path file = dir.resolve("nan.npy");
        Files.write(file, NpyBytes.withHeader(1, NpyBytes.dict("<f8", false, "(2, 4, 2)"), NpyBytes.concat(
                NpyBytes.floats(layer(0, 4, 2), 8, ByteOrder.LITTLE_ENDIAN, false),
                NpyBytes.floats(bad, 8, ByteOrder.LITTLE_ENDIAN, false))));
        LayeredRepresentation layers = RepresentationLayers.open(file, null);
        RepresentationFileException e = assertThrows(RepresentationFileException.class,
                () -> RepresentationLayers.requireFinite(layers));
        assertTrue(e.getMessage().contains("nan.npy") && e.getMessage().contains("layer '1'")
                && e.getMessage().contains("row 3"), e.getMessage());
    }

    @Test
    void naturalOrderComparesDigitRunsByValue() {
        List<String> names = new ArrayList<>(List.of("h.10", "h.9", "h.1", "h.01", "a", "h.100", "h.2b", "h.2a"));
        names.sort(NaturalNameOrder.INSTANCE);
        assertEquals(List.of("a", "h.01", "h.1", "h.2a", "h.2b", "h.9", "h.10", "h.100"), names);
        assertTrue(NaturalNameOrder.INSTANCE.compare("x99999999999999999999", "x100000000000000000000") < 0);
    }
}
