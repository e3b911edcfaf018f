package dev.nnlab.network.table;

import dev.nnlab.network.data.Examples;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Some rows of a {@link Table} as training examples: a view (row indices into the shared table, no
 * copy of the cells), features optionally standardised on the way out, targets one-hot over the
 * classes or the regression target.
 */
public final class TableExamples implements Examples {

  private final Table table;
  private final int[] rows;
  private final Standardization scaling;

  public TableExamples(Table table, int[] rows, Standardization scaling) {
    this.table = Objects.requireNonNull(table, "table");
    this.rows = rows.clone();
    this.scaling = Objects.requireNonNull(scaling, "scaling");
    if (rows.length == 0) {
      throw new IllegalArgumentException(table.file() + ": no rows in this part; expected at least one");
    }
  }

  /** The first {@code n} rows of this view. */
  public TableExamples head(int n) {
    if (n < 1 || n > rows.length) {
      throw new IllegalArgumentException("cannot take the first " + n + " of " + rows.length + " rows");
    }
    return new TableExamples(table, java.util.Arrays.copyOf(rows, n), scaling);
  }

  @Override
  public int size() {
    return rows.length;
  }

  @Override
  public int inputSize() {
    return table.width();
  }

  @Override
  public int outputSize() {
    return table.regression() ? 1 : table.classes().size();
  }

  @Override
  public void gather(int[] order, int from, int count, DMatrixRMaj inputs, DMatrixRMaj targets) {
    int d = table.width();
    int k = outputSize();
    inputs.reshape(count, d, false);
    targets.reshape(count, k, false);
    double[] mean = scaling.mean();
    double[] std = scaling.std();
    for (int r = 0; r < count; r++) {
      int row = rows[order == null ? from + r : order[from + r]];
      for (int j = 0; j < d; j++) {
        inputs.data[r * d + j] = (table.values()[row * d + j] - mean[j]) / std[j];
      }
      if (table.regression()) {
        targets.data[r] = table.targets()[row];
      } else {
        java.util.Arrays.fill(targets.data, r * k, (r + 1) * k, 0.0);
        targets.data[r * k + table.labels()[row]] = 1.0;
      }
    }
  }

  @Override
  public int label(int index) {
    return table.regression() ? 0 : table.labels()[rows[index]];
  }
}
