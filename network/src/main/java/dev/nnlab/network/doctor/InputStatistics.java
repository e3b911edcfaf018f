package dev.nnlab.network.doctor;

import dev.nnlab.network.data.Examples;
import org.ejml.data.DMatrixRMaj;

/**
 * Per-feature mean and spread of the training inputs, streamed in chunks (the data set is never
 * expanded whole), reduced to the features that stray furthest from unit scale.
 *
 * @param features input values per example
 * @param examples how many examples were read
 * @param widest the feature with the largest max(|mean|, std)
 * @param widestMean its mean
 * @param widestStd its population std
 * @param min the smallest input value seen
 * @param max the largest input value seen
 */
public record InputStatistics(
    int features, int examples, int widest, double widestMean, double widestStd, double min, double max) {

  private static final int CHUNK = 500;

  /** The scale of the widest feature: max(|mean|, std). */
  public double scale() {
    return Math.max(Math.abs(widestMean), widestStd);
  }

  /** Reads every example of {@code data}. */
  public static InputStatistics of(Examples data) {
    int n = data.size();
    int d = data.inputSize();
    double[] sum = new double[d];
    double[] squares = new double[d];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    DMatrixRMaj x = new DMatrixRMaj(CHUNK, d);
    DMatrixRMaj y = new DMatrixRMaj(CHUNK, data.outputSize());
    for (int from = 0; from < n; from += CHUNK) {
      int count = Math.min(CHUNK, n - from);
      data.gather(order, from, count, x, y);
      for (int r = 0; r < count; r++) {
        for (int j = 0; j < d; j++) {
          double v = x.data[r * d + j];
          sum[j] += v;
          squares[j] += v * v;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    int widest = 0;
    double widestScale = -1;
    double widestMean = 0;
    double widestStd = 0;
    for (int j = 0; j < d; j++) {
      double mean = sum[j] / n;
      double std = Math.sqrt(Math.max(0, squares[j] / n - mean * mean));
      double scale = Math.max(Math.abs(mean), std);
      if (scale > widestScale) {
        widestScale = scale;
        widest = j;
        widestMean = mean;
        widestStd = std;
      }
    }
    return new InputStatistics(d, n, widest, widestMean, widestStd, min, max);
  }
}
