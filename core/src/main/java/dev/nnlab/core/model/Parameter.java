package dev.nnlab.core.model;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * One trainable tensor of a layer: its current value and the gradient of the mini-batch cost with
 * respect to it, of the same shape. Layers own parameters; optimizers update {@link #value()} from
 * {@link #gradient()} without knowing which layer they belong to.
 *
 * <p>The gradient is the mean over the mini-batch (∂C/∂θ with C averaged over the batch), plus the
 * regularisation term when one is used.
 */
public final class Parameter {

  /**
   * What a parameter is (DJL's {@code Parameter.Type}); regularisers act on {@link #WEIGHTS} only, as
   * in Nielsen's network2.py, and optimizers update the trainable roles only.
   */
  public enum Role {
    WEIGHTS,
    BIASES,
    /** A learned multiplier, such as batch-norm's γ or PReLU's slope. */
    SCALE,
    /** A learned offset, such as batch-norm's β. */
    SHIFT,
    /** State that is not trained by gradient, such as batch-norm's running mean and variance. */
    BUFFER;

    /** Whether optimizers update parameters of this role. */
    public boolean trainable() {
      return this != BUFFER;
    }
  }

  private final String name;
  private final Role role;
  private final DMatrixRMaj value;
  private final DMatrixRMaj gradient;

  /**
   * A zero-filled parameter.
   *
   * @param name unique within its network, e.g. {@code layer1.weights}
   */
  public Parameter(String name, Role role, int rows, int columns) {
    this.name = Objects.requireNonNull(name, "name");
    this.role = Objects.requireNonNull(role, "role");
    if (rows < 1 || columns < 1) {
      throw new IllegalArgumentException(
          "parameter " + name + " needs at least one row and column, got " + rows + "×" + columns);
    }
    this.value = new DMatrixRMaj(rows, columns);
    this.gradient = new DMatrixRMaj(rows, columns);
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  /** The current value; updated in place. */
  public DMatrixRMaj value() {
    return value;
  }

  /** ∂C/∂value for the last mini-batch; same shape as {@link #value()}. */
  public DMatrixRMaj gradient() {
    return gradient;
  }

  public int size() {
    return value.getNumElements();
  }

  @Override
  public String toString() {
    return name + " (" + value.numRows + "×" + value.numCols + ")";
  }
}
