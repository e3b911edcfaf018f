package dev.nnlab.network.table;

import java.util.List;
import java.util.Objects;

/**
 * A table read from a CSV file, held compactly: the feature cells as one row-major {@code float[]}
 * (4 bytes a cell, as the MNIST pixels are one byte each), the label column as class indices or,
 * for regression, as float targets.
 *
 * @param file where it came from, for messages
 * @param features the names of the feature columns, in file order
 * @param values {@code rows × features.size()} cells, row-major (the array may be longer)
 * @param rows how many data rows
 * @param classes the class names in index order (empty for regression)
 * @param labels each row's class index (classification) or null
 * @param targets each row's target (regression) or null
 */
public record Table(
    String file, List<String> features, float[] values, int rows, List<String> classes, int[] labels,
    float[] targets) {

  public Table {
    features = List.copyOf(features);
    classes = List.copyOf(classes);
    Objects.requireNonNull(values, "values");
  }

  public int width() {
    return features.size();
  }

  public boolean regression() {
    return targets != null;
  }
}
