package org.repalign.io.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.repalign.compute.data.RowMatrix;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.internal.SafetensorsFile.TensorInfo;

/**
 * Reads the layers of a {@code .safetensors} file, memory-mapped: one 3-D tensor
 * [layers, rows, columns] (layers named {@code 0} … {@code L−1}), or several 2-D tensors, one per
 * layer, named by the tensors and ordered by {@link NaturalNameOrder}.
 * <p>
 * Which tensors: a name pattern with {@code *} (any characters) and {@code ?} (one character)
 * selects the 2-D tensors whose whole name matches; a plain name selects that tensor (3-D: its
 * layers; 2-D: one layer); no pattern selects the only 3-D tensor, or else every 2-D tensor.
 */
public final class SafetensorsLayers {

    private SafetensorsLayers() {
    }

    /**
     * @param file    a {@code .safetensors} file
     * @param pattern a tensor name or pattern, or {@code null}
     * @return the tensors that make its layers, in layer order (one 3-D tensor, or 2-D ones)
     * @throws RepresentationFileException naming the file when the header is not valid or no
     *                                     tensor fits
     */
    public static List<TensorInfo> select(SafetensorsFile file, String pattern) throws RepresentationFileException {
        List<TensorInfo> all = new ArrayList<>(file.tensors().values());
        List<String> names = all.stream().map(TensorInfo::name).toList();
        if (pattern != null && !NamePattern.isPattern(pattern)) {
            TensorInfo named = file.tensor(pattern).orElseThrow(() -> new RepresentationFileException(file.file(),
                    "has no tensor '" + pattern + "'; it holds " + (names.isEmpty() ? "none" : NameLists.summarize(names))));
            if (named.shape().length != 2 && named.shape().length != 3) {
                throw new RepresentationFileException(file.file(), "tensor '" + pattern + "' has shape "
                        + named.shapeText() + "; expected a 2-D tensor (items x features) or a 3-D one (layers x items x features)");
            }
            return List.of(named);
        }
        List<TensorInfo> chosen;
        if (pattern != null) {
            NamePattern glob = NamePattern.of(pattern);
            chosen = all.stream().filter(t -> glob.matches(t.name())).toList();
            if (chosen.isEmpty()) {
                throw new RepresentationFileException(file.file(), "has no tensor matching '" + pattern + "'; it holds "
                        + (names.isEmpty() ? "none" : NameLists.summarize(names)));
            }
            for (TensorInfo t : chosen) {
                if (t.shape().length != 2) {
                    throw new RepresentationFileException(file.file(), "tensor '" + t.name() + "' matches '" + pattern
                            + "' but has shape " + t.shapeText() + "; a pattern selects 2-D tensors, one per layer");
                }
            }
        } else {
            List<TensorInfo> cubes = all.stream().filter(t -> t.shape().length == 3).toList();
            List<TensorInfo> matrices = all.stream().filter(t -> t.shape().length == 2).toList();
            if (cubes.size() == 1 && matrices.isEmpty()) {
                return cubes;
            }
            if (!cubes.isEmpty()) {
                throw new RepresentationFileException(file.file(), "holds " + (cubes.size() + matrices.size())
                        + " tensors of 2 or 3 dimensions ("
                        + NameLists.summarize(java.util.stream.Stream.concat(cubes.stream(), matrices.stream())
                                .map(TensorInfo::name).toList())
                        + "); name the 3-D one, or give a pattern for the 2-D ones such as 'layers.*'");
            }
            if (matrices.isEmpty()) {
                throw new RepresentationFileException(file.file(), "holds no 2-D or 3-D tensor"
                        + (names.isEmpty() ? "" : " among " + NameLists.summarize(names)));
            }
            chosen = matrices;
        }
        List<TensorInfo> ordered = new ArrayList<>(chosen);
        ordered.sort((x, y) -> NaturalNameOrder.INSTANCE.compare(x.name(), y.name()));
        return ordered;
    }

    /**
     * @param file           a {@code .safetensors} file
     * @param pattern        a tensor name or pattern, or {@code null}
     * @param maxWindowBytes the largest window to map
     * @return its layers
     * @throws RepresentationFileException naming the file and the problem
     */
    public static LayeredRepresentation read(Path file, String pattern, long maxWindowBytes)
            throws RepresentationFileException {
        SafetensorsFile header = SafetensorsFile.open(file);
        List<TensorInfo> tensors = select(header, pattern);
        List<String> names = new ArrayList<>();
        List<RowMatrix> layers = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (TensorInfo tensor : tensors) {
                String label = "tensor '" + tensor.name() + "'";
                ElementType type = SafetensorsFile.floatType(tensor).orElseThrow(() -> new MalformedContentException(
                        label + " has dtype " + tensor.dtype() + "; expected F16, BF16, F32 or F64"));
                long[] shape = tensor.shape();
                long start = header.dataStart() + tensor.begin();
                if (shape.length == 3) {
                    if (shape[0] == 0) {
                        throw new MalformedContentException(label + " has shape " + tensor.shapeText() + ": no layers");
                    }
                    long layerBytes = (tensor.end() - tensor.begin()) / shape[0];
                    DenseShape layerShape = DenseShape.check(shape[1], shape[2], type, layerBytes, label,
                            "each of its " + shape[0] + " layers");
                    for (int l = 0; l < shape[0]; l++) {
                        names.add(Integer.toString(l));
                        layers.add(WindowedMatrix.map(channel, start + l * layerBytes, layerShape.rows(),
                                layerShape.columns(), type, ByteOrder.LITTLE_ENDIAN, false, maxWindowBytes));
                    }
                } else {
                    DenseShape layerShape = DenseShape.check(shape[0], shape[1], type, tensor.end() - tensor.begin(),
                            label, "its data_offsets range");
                    names.add(tensor.name());
                    layers.add(WindowedMatrix.map(channel, start, layerShape.rows(), layerShape.columns(), type,
                            ByteOrder.LITTLE_ENDIAN, false, maxWindowBytes));
                }
            }
            requireEqualRows(names, layers);
            return new LayeredRepresentation(file, "safetensors", names, layers, null);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }

    /**
     * @param file    a {@code .safetensors} file
     * @param pattern a tensor name or pattern, or {@code null}
     * @return whether it holds more than one layer under that pattern; false when it cannot tell
     */
    public static boolean holdsLayers(Path file, String pattern) {
        try {
            List<TensorInfo> tensors = select(SafetensorsFile.open(file), pattern);
            return tensors.size() > 1 || tensors.get(0).shape().length == 3;
        } catch (RepresentationFileException | RuntimeException e) {
            return false;
        }
    }

    static void requireEqualRows(List<String> names, List<RowMatrix> layers)
            throws MalformedContentException {
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).rows() != layers.get(0).rows()) {
                throw new MalformedContentException("layer '" + names.get(l) + "' has " + layers.get(l).rows()
                        + " rows but layer '" + names.get(0) + "' has " + layers.get(0).rows()
                        + "; every layer must hold the same items");
            }
        }
    }
}
