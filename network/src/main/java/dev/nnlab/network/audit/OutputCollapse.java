package dev.nnlab.network.audit;

import org.ejml.data.DMatrixRMaj;

/**
 * Whether the network gives the same answer whatever the input. The share of inputs that get the
 * most often predicted class (arg-max of the output, the first one on ties, as numpy's argmax) is
 * not enough on its own: a freshly initialised healthy network often predicts one class for nearly
 * every input, because its output biases differ by more than the inputs move the outputs, and it
 * unlearns that within a few hundred updates. So the input dependence is measured too, on the
 * output layer's pre-activations z: how much the inputs move each unit's z (its std across inputs,
 * averaged over units), against how far apart the units sit (the std over units of each unit's mean
 * z), which is what the inputs would have to overcome to change the answer.
 *
 * @param modalClass the most often predicted class
 * @param share the share of inputs predicted as {@code modalClass}, in (0, 1]
 * @param distinctClasses how many different classes were predicted at all
 * @param inputSpread mean over output units of z's std across the inputs
 * @param unitSpread std over output units of their mean z
 */
public record OutputCollapse(
    int modalClass, double share, int distinctClasses, double inputSpread, double unitSpread) {

  /**
   * Of the output layer's pre-activations {@code z} and outputs {@code a} on a batch, both
   * {@code m × classes}.
   */
  public static OutputCollapse of(DMatrixRMaj z, DMatrixRMaj a) {
    int m = a.numRows;
    int classes = a.numCols;
    if (m < 1 || classes < 1 || z.numRows != m || z.numCols != classes) {
      throw new IllegalArgumentException(
          "z (" + z.numRows + " × " + z.numCols + ") and a (" + m + " × " + classes
              + ") must have the same, non-empty shape");
    }
    int[] counts = new int[classes];
    for (int i = 0; i < m; i++) {
      int best = 0;
      for (int j = 1; j < classes; j++) {
        if (a.data[i * classes + j] > a.data[i * classes + best]) {
          best = j;
        }
      }
      counts[best]++;
    }
    int modal = 0;
    int distinct = 0;
    for (int j = 0; j < classes; j++) {
      if (counts[j] > counts[modal]) {
        modal = j;
      }
      if (counts[j] > 0) {
        distinct++;
      }
    }
    double[] means = new double[classes];
    double inputSpread = 0;
    for (int j = 0; j < classes; j++) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += z.data[i * classes + j];
      }
      means[j] = sum / m;
      double squares = 0;
      for (int i = 0; i < m; i++) {
        double d = z.data[i * classes + j] - means[j];
        squares += d * d;
      }
      inputSpread += Math.sqrt(squares / m) / classes;
    }
    double meanOfMeans = 0;
    for (double mean : means) {
      meanOfMeans += mean / classes;
    }
    double unitSquares = 0;
    for (double mean : means) {
      unitSquares += (mean - meanOfMeans) * (mean - meanOfMeans);
    }
    return new OutputCollapse(
        modal, (double) counts[modal] / m, distinct, inputSpread, Math.sqrt(unitSquares / classes));
  }

  /** inputSpread / unitSpread: 0 when the inputs do not move the output at all. */
  public double inputDependence() {
    if (unitSpread == 0) {
      return inputSpread == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return inputSpread / unitSpread;
  }
}
