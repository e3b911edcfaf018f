package dev.nnlab.network.data;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * {@link Samples} as training {@link Examples}: pixels scaled to [0, 1], one-hot targets over the
 * {@value Samples#CLASSES} classes. Nothing is copied up front; rows are expanded batch by batch.
 */
public final class SampleExamples implements Examples {

  private final Samples samples;

  public SampleExamples(Samples samples) {
    this.samples = Objects.requireNonNull(samples, "samples");
  }

  /** The samples these examples expand. */
  public Samples samples() {
    return samples;
  }

  @Override
  public int size() {
    return samples.size();
  }

  @Override
  public int inputSize() {
    return samples.inputSize();
  }

  @Override
  public int outputSize() {
    return Samples.CLASSES;
  }

  @Override
  public void gather(int[] order, int from, int count, DMatrixRMaj inputs, DMatrixRMaj targets) {
    inputs.reshape(count, samples.inputSize(), false);
    targets.reshape(count, Samples.CLASSES, false);
    samples.copyInputs(order, from, count, inputs.data);
    samples.copyOneHot(order, from, count, targets.data);
  }

  @Override
  public int label(int index) {
    return samples.label(index);
  }

  @Override
  public String toString() {
    return "examples of " + samples;
  }
}
