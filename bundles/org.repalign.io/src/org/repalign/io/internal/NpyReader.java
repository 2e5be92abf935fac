package org.repalign.io.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.repalign.io.Representation;

/**
 * Reads a 2-D float16/32/64 {@code .npy} array (any byte order, C or Fortran order, format
 * versions 1.0 to 3.0) by memory-mapping its data.
 */
public final class NpyReader extends FileFormatReader {

    private final long maxWindowBytes;

    /** A reader mapping windows of up to 1 GiB. */
    public NpyReader() {
        this(WindowedMatrix.DEFAULT_MAX_WINDOW_BYTES);
    }

    /** @param maxWindowBytes the largest window to map; small values serve tests */
    public NpyReader(long maxWindowBytes) {
        super("npy", List.of(".npy"));
        this.maxWindowBytes = maxWindowBytes;
    }

    @Override
    protected Representation readContent(Path file, long size, String tensorName)
            throws MalformedContentException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(new ChannelInputStream(channel, 0, size), size);
            ElementType type = header.floatType();
            if (header.shape().length != 2) {
                throw new MalformedContentException("array has shape " + header.shapeText()
                        + "; expected a 2-D array (items x features)" + (header.shape().length == 3
                                ? "; a 3-D array holds layers [layers, items, features]: compare them with "
                                        + "'metrics --layers' or the layers analysis"
                                : ""));
            }
            DenseShape shape = DenseShape.check(header.shape()[0], header.shape()[1], type,
                    size - header.dataOffset(), "header", "the file");
            WindowedMatrix matrix = WindowedMatrix.map(channel, header.dataOffset(), shape.rows(), shape.columns(),
                    type, header.order(), header.fortranOrder(), maxWindowBytes);
            return new Representation(file, formatName(), matrix, null);
        }
    }
}
