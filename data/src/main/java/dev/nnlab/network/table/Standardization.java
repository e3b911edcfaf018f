package dev.nnlab.network.table;

/**
 * Per-feature (x − mean)/std, fitted on the training rows only and applied to every split, so the
 * held-out rows are scaled with the training set's numbers. A constant feature (std 0) is only
 * centred.
 *
 * @param mean per feature
 * @param std per feature, 1 where the feature is constant
 */
public record Standardization(double[] mean, double[] std) {

  /** Fitted on the given rows of {@code table}. */
  public static Standardization fit(Table table, int[] rows) {
    int d = table.width();
    double[] sum = new double[d];
    double[] squares = new double[d];
    for (int r : rows) {
      for (int j = 0; j < d; j++) {
        double v = table.values()[r * d + j];
        sum[j] += v;
        squares[j] += v * v;
      }
    }
    double[] mean = new double[d];
    double[] std = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = sum[j] / rows.length;
      double s = Math.sqrt(Math.max(0, squares[j] / rows.length - mean[j] * mean[j]));
      std[j] = s > 0 ? s : 1;
    }
    return new Standardization(mean, std);
  }

  /** None: every feature as stored. */
  public static Standardization none(int features) {
    double[] mean = new double[features];
    double[] std = new double[features];
    java.util.Arrays.fill(std, 1);
    return new Standardization(mean, std);
  }
}
