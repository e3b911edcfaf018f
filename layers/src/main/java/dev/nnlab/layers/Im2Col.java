package dev.nnlab.layers;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Shape;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Lays a batch of images out as columns so that a convolution is one matrix product, and folds
 * column gradients back onto the images. Row {@code (c·k + u)·k + v} of the columns matrix holds
 * input channel c shifted by (u, v); column {@code n·P + i·ow + j} is output position (i, j) of
 * example n, with {@code P = oh·ow}. Positions in the padding read as zero.
 */
final class Im2Col {

  private Im2Col() {}

  /**
   * @param images {@code batch × (C·H·W)}
   * @param columns receives {@code (C·k·k) × (batch·P)}
   */
  static void expand(DMatrixRMaj images, ConvolutionGeometry g, Shape out, DMatrixRMaj columns) {
    walk(images, g, out, columns, false);
  }

  /**
   * The transpose of {@link #expand}: sums each column entry back into the pixel it was read from.
   *
   * @param columns {@code (C·k·k) × (batch·P)}
   * @param images receives {@code batch × (C·H·W)}; overwritten
   */
  static void fold(DMatrixRMaj columns, ConvolutionGeometry g, Shape out, DMatrixRMaj images) {
    Arrays.fill(images.data, 0, images.getNumElements(), 0);
    walk(images, g, out, columns, true);
  }

  private static void walk(DMatrixRMaj images, ConvolutionGeometry g, Shape out, DMatrixRMaj columns, boolean fold) {
    Shape in = g.input();
    int channels = in.channels();
    int height = in.height();
    int width = in.width();
    int k = g.kernel();
    int stride = g.stride();
    int padding = g.padding();
    int oh = out.height();
    int ow = out.width();
    int positions = oh * ow;
    int batch = images.numRows;
    int span = batch * positions;
    double[] x = images.data;
    double[] col = columns.data;
    for (int n = 0; n < batch; n++) {
      int image = n * in.size();
      for (int c = 0; c < channels; c++) {
        for (int u = 0; u < k; u++) {
          for (int v = 0; v < k; v++) {
            int base = ((c * k + u) * k + v) * span + n * positions;
            for (int i = 0; i < oh; i++) {
              int y = i * stride + u - padding;
              int rowBase = base + i * ow;
              boolean rowInside = y >= 0 && y < height;
              int pixelRow = image + (c * height + y) * width;
              for (int j = 0; j < ow; j++) {
                int xx = j * stride + v - padding;
                boolean inside = rowInside && xx >= 0 && xx < width;
                if (fold) {
                  if (inside) {
                    x[pixelRow + xx] += col[rowBase + j];
                  }
                } else {
                  col[rowBase + j] = inside ? x[pixelRow + xx] : 0;
                }
              }
            }
          }
        }
      }
    }
  }
}
