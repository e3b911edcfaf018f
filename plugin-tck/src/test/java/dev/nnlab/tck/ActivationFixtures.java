package dev.nnlab.tck;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import org.ejml.data.DMatrixRMaj;

/** TEST-ONLY activations, one correct and several each broken in one way the kit must catch. */
final class ActivationFixtures {

  private ActivationFixtures() {}

  /** A correct element-wise activation. */
  static class GoodTanh implements ElementwiseActivation {
    @Override
    public double value(double z) {
      return Math.tanh(z);
    }

    @Override
    public double derivative(double z, double a) {
      return 1 - a * a;
    }

    @Override
    public double gain() {
      return 5.0 / 3;
    }

    @Override
    public Range range() {
      return new Range(-1, 1);
    }
  }

  /** A correct row-wise softmax. */
  static class GoodSoftmax implements Activation {
    @Override
    public void forward(DMatrixRMaj z, DMatrixRMaj a) {
      for (int r = 0; r < z.numRows; r++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.numCols; c++) {
          max = Math.max(max, z.get(r, c));
        }
        double sum = 0;
        for (int c = 0; c < z.numCols; c++) {
          a.set(r, c, Math.exp(z.get(r, c) - max));
          sum += a.get(r, c);
        }
        for (int c = 0; c < z.numCols; c++) {
          a.set(r, c, normalise(a.get(r, c), sum));
        }
      }
    }

    double normalise(double e, double sum) {
      return e / sum;
    }

    @Override
    public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
      for (int r = 0; r < z.numRows; r++) {
        double dot = 0;
        for (int c = 0; c < z.numCols; c++) {
          dot += a.get(r, c) * gradA.get(r, c);
        }
        for (int c = 0; c < z.numCols; c++) {
          gradZ.set(r, c, a.get(r, c) * (gradA.get(r, c) - dot));
        }
      }
    }

    @Override
    public double gain() {
      return 1;
    }

    @Override
    public Range range() {
      return new Range(0, 1);
    }
  }

  /** The common slip: softmax backward with only the Jacobian's diagonal. */
  static final class DiagonalSoftmax extends GoodSoftmax {
    @Override
    public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
      for (int i = 0; i < z.data.length; i++) {
        gradZ.data[i] = a.data[i] * (1 - a.data[i]) * gradA.data[i];
      }
    }
  }

  /** Normalises each row to 1/2 instead of 1; backward is the correct one for what forward does. */
  static final class HalfSoftmax extends GoodSoftmax {
    @Override
    double normalise(double e, double sum) {
      return 0.5 * e / sum;
    }

    /** With a = s/2: dL/dz_i = s_i/2 (g_i - sum_j s_j g_j) = a_i (g_i - 2 sum_j a_j g_j). */
    @Override
    public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
      for (int r = 0; r < z.numRows; r++) {
        double dot = 0;
        for (int c = 0; c < z.numCols; c++) {
          dot += a.get(r, c) * gradA.get(r, c);
        }
        for (int c = 0; c < z.numCols; c++) {
          gradZ.set(r, c, a.get(r, c) * (gradA.get(r, c) - 2 * dot));
        }
      }
    }
  }

  static final class WrongDerivative extends GoodTanh {
    @Override
    public double derivative(double z, double a) {
      return 1 - a * a + 1e-3;
    }
  }

  /** 1/(1+e^-z) with derivative e^-z/(1+e^-z)^2: Inf/Inf = NaN at z = -1e4. */
  static final class NaiveSigmoid extends GoodTanh {
    @Override
    public double value(double z) {
      return 1 / (1 + Math.exp(-z));
    }

    @Override
    public double derivative(double z, double a) {
      double e = Math.exp(-z);
      return e / ((1 + e) * (1 + e));
    }

    @Override
    public Range range() {
      return new Range(0, 1);
    }
  }

  static final class RangeLiar extends GoodTanh {
    @Override
    public Range range() {
      return new Range(0, 1);
    }
  }

  static final class ZeroGain extends GoodTanh {
    @Override
    public double gain() {
      return 0;
    }
  }

  /** Adds to the output instead of overwriting it. */
  static final class Accumulator extends GoodTanh {
    @Override
    public void forward(DMatrixRMaj z, DMatrixRMaj a) {
      for (int i = 0; i < z.data.length; i++) {
        a.data[i] += value(z.data[i]);
      }
    }
  }

  /** Computes in place in z as a side effect. */
  static final class InputMutator extends GoodTanh {
    @Override
    public void forward(DMatrixRMaj z, DMatrixRMaj a) {
      for (int i = 0; i < z.data.length; i++) {
        a.data[i] = value(z.data[i]);
        z.data[i] = a.data[i];
      }
    }
  }

  /** forward disagrees with its own value() by a relative 1e-9. */
  static final class InconsistentElementwise extends GoodTanh {
    @Override
    public double value(double z) {
      return Math.tanh(z) * (1 + 1e-9);
    }

    @Override
    public void forward(DMatrixRMaj z, DMatrixRMaj a) {
      for (int i = 0; i < z.data.length; i++) {
        a.data[i] = Math.tanh(z.data[i]);
      }
    }

    @Override
    public Range range() {
      return new Range(-1 - 1e-8, 1 + 1e-8);
    }
  }

  /** Centres by the mean of the whole batch: a correct gradient, but samples leak into each other. */
  static final class BatchCentring implements Activation {
    @Override
    public void forward(DMatrixRMaj z, DMatrixRMaj a) {
      double mean = 0;
      for (double v : z.data) {
        mean += v / z.data.length;
      }
      for (int i = 0; i < z.data.length; i++) {
        a.data[i] = z.data[i] - mean;
      }
    }

    @Override
    public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
      double mean = 0;
      for (double v : gradA.data) {
        mean += v / gradA.data.length;
      }
      for (int i = 0; i < z.data.length; i++) {
        gradZ.data[i] = gradA.data[i] - mean;
      }
    }

    @Override
    public double gain() {
      return 1;
    }

    @Override
    public Range range() {
      return Range.REAL;
    }
  }
}
