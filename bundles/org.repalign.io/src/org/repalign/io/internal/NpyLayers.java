package org.repalign.io.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.repalign.compute.data.RowMatrix;
import org.repalign.io.LayeredRepresentation;
import org.repalign.io.RepresentationFileException;

/**
 * Reads a 3-D float16/32/64 {@code .npy} array [layers, rows, columns] in C order as one
 * memory-mapped matrix per layer, named {@code 0} … {@code L−1}.
 */
public final class NpyLayers {

    private NpyLayers() {
    }

    /**
     * @param file an {@code .npy} file
     * @return the number of dimensions of its array, or −1 when the header cannot be read
     */
    public static int dimensions(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            return NpyHeader.read(new ChannelInputStream(channel, 0, size), size).shape().length;
        } catch (IOException | MalformedContentException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * @param file           a 3-D {@code .npy} file
     * @param maxWindowBytes the largest window to map
     * @return its layers
     * @throws RepresentationFileException naming the file when it is not a valid 3-D float array
     */
    public static LayeredRepresentation read(Path file, long maxWindowBytes) throws RepresentationFileException {
        long size = FileChecks.requireReadableFile(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(new ChannelInputStream(channel, 0, size), size);
            ElementType type = header.floatType();
            long[] shape = header.shape();
            if (shape.length != 3) {
                throw new MalformedContentException("array has shape " + header.shapeText()
                        + "; expected a 3-D array (layers x items x features)");
            }
            if (header.fortranOrder() && shape[0] > 1) {
                throw new MalformedContentException("holds a 3-D array in Fortran order; save its layers in C order "
                        + "(numpy.ascontiguousarray) to read them");
            }
            if (shape[0] == 0) {
                throw new MalformedContentException("array has shape " + header.shapeText() + ": no layers");
            }
            long available = size - header.dataOffset();
            if (available % shape[0] != 0) {
                throw new MalformedContentException("header declares " + shape[0] + " layers but the file holds "
                        + available + " bytes of data, not a multiple of the layer count");
            }
            long layerBytes = available / shape[0];
            DenseShape layerShape = DenseShape.check(shape[1], shape[2], type, layerBytes, "header",
                    "each of its " + shape[0] + " layers");
            List<String> names = new ArrayList<>();
            List<RowMatrix> layers = new ArrayList<>();
            for (int l = 0; l < shape[0]; l++) {
                names.add(Integer.toString(l));
                layers.add(WindowedMatrix.map(channel, header.dataOffset() + l * layerBytes, layerShape.rows(),
                        layerShape.columns(), type, header.order(), header.fortranOrder(), maxWindowBytes));
            }
            return new LayeredRepresentation(file, "npy", names, layers, null);
        } catch (MalformedContentException e) {
            throw new RepresentationFileException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw FileChecks.unreadable(file, e);
        }
    }
}
