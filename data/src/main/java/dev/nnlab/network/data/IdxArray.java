package dev.nnlab.network.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The content of one IDX file of unsigned bytes: its dimensions and its data, row-major, one byte
 * per value (unsigned, 0–255).
 *
 * @param file where it was read from (for messages)
 * @param dimensions the sizes from the header, outermost first (e.g. {@code [60000, 28, 28]})
 * @param data the values, {@code product(dimensions)} bytes
 */
public record IdxArray(Path file, int[] dimensions, byte[] data) {

  public IdxArray {
    dimensions = dimensions.clone();
  }

  @Override
  public int[] dimensions() {
    return dimensions.clone();
  }

  /** The outermost dimension: the number of items (images or labels). */
  public int count() {
    return dimensions[0];
  }

  /** The number of values per item (e.g. 784 for 28×28 images, 1 for labels). */
  public int itemSize() {
    int size = 1;
    for (int i = 1; i < dimensions.length; i++) {
      size *= dimensions[i];
    }
    return size;
  }

  /** The dimensions as {@code 60000 × 28 × 28}. */
  public String shape() {
    return Arrays.stream(dimensions).mapToObj(Integer::toString).collect(Collectors.joining(" × "));
  }

  @Override
  public String toString() {
    return "IdxArray[" + file + ", " + shape() + "]";
  }
}
