package dev.nnlab.network.data;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Labelled images held compactly: one unsigned byte per pixel, shared between views (the training
 * and validation parts of MNIST are two views of one array, no copy). Pixels are scaled to [0, 1]
 * when copied out, in mini-batches, into caller-owned buffers: {@code batch × inputSize}, one row per
 * sample, the layout of the engine's activation matrices.
 *
 * <p>Methods taking {@code order} copy samples {@code order[from] … order[from + count - 1]} (a
 * shuffled epoch); pass {@code null} for samples {@code from … from + count - 1} in their stored order.
 */
public final class Samples {

  /** The number of classes: labels are digits (or garment kinds) 0–9. */
  public static final int CLASSES = 10;

  private static final double[] SCALED = new double[256];

  static {
    for (int i = 0; i < SCALED.length; i++) {
      SCALED[i] = i / 255.0;
    }
  }

  private final byte[] pixels;
  private final byte[] labels;
  private final int offset;
  private final int size;
  private final int rows;
  private final int columns;

  private Samples(byte[] pixels, byte[] labels, int offset, int size, int rows, int columns) {
    this.pixels = pixels;
    this.labels = labels;
    this.offset = offset;
    this.size = size;
    this.rows = rows;
    this.columns = columns;
  }

  /**
   * Pairs an images file (rank 3) with a labels file (rank 1), refusing a count mismatch or a label
   * outside 0–9.
   */
  public static Samples of(IdxArray images, IdxArray labels) {
    int[] shape = images.dimensions();
    if (shape.length != 3) {
      throw new IdxFormatException(images.file(), "wrong rank: " + shape.length + " dimension(s), expected 3 (images × rows × columns)");
    }
    if (labels.dimensions().length != 1) {
      throw new IdxFormatException(labels.file(), "wrong rank: " + labels.dimensions().length + " dimension(s), expected 1 (labels)");
    }
    if (images.count() != labels.count()) {
      throw new IllegalArgumentException(
          "image/label count mismatch: " + images.file() + " holds " + images.count() + " images but "
              + labels.file() + " holds " + labels.count() + " labels");
    }
    byte[] labelData = labels.data();
    for (int i = 0; i < labelData.length; i++) {
      int label = labelData[i] & 0xff;
      if (label >= CLASSES) {
        throw new IdxFormatException(
            labels.file(), "label " + label + " at index " + i + " is outside 0–" + (CLASSES - 1));
      }
    }
    return new Samples(images.data(), labelData, 0, images.count(), shape[1], shape[2]);
  }

  /** The number of samples. */
  public int size() {
    return size;
  }

  /** Pixels per image, {@code rows × columns} (784 for MNIST). */
  public int inputSize() {
    return rows * columns;
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  /** The label (0–9) of sample {@code i}. */
  public int label(int i) {
    Objects.checkIndex(i, size);
    return labels[offset + i];
  }

  /** Pixel {@code j} (row-major) of sample {@code i}, scaled to [0, 1]. */
  public double pixel(int i, int j) {
    Objects.checkIndex(i, size);
    Objects.checkIndex(j, inputSize());
    return SCALED[pixels[(offset + i) * inputSize() + j] & 0xff];
  }

  /** Samples {@code from} (inclusive) to {@code to} (exclusive), sharing this view's storage. */
  public Samples slice(int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    return new Samples(pixels, labels, offset + from, to - from, rows, columns);
  }

  /** The first {@code n} samples. */
  public Samples head(int n) {
    if (n < 1 || n > size) {
      throw new IllegalArgumentException("cannot take the first " + n + " of " + size + " samples; expected 1 to " + size);
    }
    return slice(0, n);
  }

  /** Copies {@code count} samples' pixels, scaled to [0, 1], into {@code out[0 … count × inputSize)}. */
  public void copyInputs(int[] order, int from, int count, double[] out) {
    checkBatch(order, from, count, out.length, inputSize());
    int n = inputSize();
    for (int k = 0; k < count; k++) {
      int source = (offset + sample(order, from + k)) * n;
      int target = k * n;
      for (int j = 0; j < n; j++) {
        out[target + j] = SCALED[pixels[source + j] & 0xff];
      }
    }
  }

  /** As {@link #copyInputs(int[], int, int, double[])} in single precision. */
  public void copyInputs(int[] order, int from, int count, float[] out) {
    checkBatch(order, from, count, out.length, inputSize());
    int n = inputSize();
    for (int k = 0; k < count; k++) {
      int source = (offset + sample(order, from + k)) * n;
      int target = k * n;
      for (int j = 0; j < n; j++) {
        out[target + j] = (float) SCALED[pixels[source + j] & 0xff];
      }
    }
  }

  /** Reshapes {@code out} to {@code count × inputSize} and fills it with the samples' pixels. */
  public void copyInputs(int[] order, int from, int count, DMatrixRMaj out) {
    out.reshape(count, inputSize());
    copyInputs(order, from, count, out.data);
  }

  /** Writes one-hot targets: row k has 1 in column {@code label}, 0 elsewhere ({@code count × 10}). */
  public void copyOneHot(int[] order, int from, int count, double[] out) {
    checkBatch(order, from, count, out.length, CLASSES);
    java.util.Arrays.fill(out, 0, count * CLASSES, 0.0);
    for (int k = 0; k < count; k++) {
      out[k * CLASSES + labels[offset + sample(order, from + k)]] = 1.0;
    }
  }

  /** Reshapes {@code out} to {@code count × 10} and fills it with one-hot targets. */
  public void copyOneHot(int[] order, int from, int count, DMatrixRMaj out) {
    out.reshape(count, CLASSES);
    copyOneHot(order, from, count, out.data);
  }

  /** Copies {@code count} labels (0–9) into {@code out[0 … count)}. */
  public void copyLabels(int[] order, int from, int count, int[] out) {
    checkBatch(order, from, count, out.length, 1);
    for (int k = 0; k < count; k++) {
      out[k] = labels[offset + sample(order, from + k)];
    }
  }

  private int sample(int[] order, int position) {
    if (order == null) {
      return position;
    }
    int index = order[position];
    Objects.checkIndex(index, size);
    return index;
  }

  private void checkBatch(int[] order, int from, int count, int capacity, int width) {
    int limit = order == null ? size : order.length;
    Objects.checkFromIndexSize(from, count, limit);
    if ((long) count * width > capacity) {
      throw new IllegalArgumentException(
          "output buffer holds " + capacity + " values; " + count + " samples × " + width + " need " + (long) count * width);
    }
  }

  @Override
  public String toString() {
    return "Samples[" + size + " × " + rows + "×" + columns + "]";
  }
}
