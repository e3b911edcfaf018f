package dev.nnlab.examples.train;

import dev.nnlab.network.data.Samples;
import dev.nnlab.network.train.Examples;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Hands the trainer a data set's compact byte images: pixels are scaled to [0, 1] and targets
 * one-hot encoded only for the examples of the mini-batch being gathered.
 */
public final class SamplesExamples implements Examples {

  private final Samples samples;

  public SamplesExamples(Samples samples) {
    this.samples = Objects.requireNonNull(samples, "samples");
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
    samples.copyInputs(order, from, count, inputs);
    samples.copyOneHot(order, from, count, targets);
  }

  @Override
  public int label(int index) {
    return samples.label(index);
  }

  @Override
  public String toString() {
    return samples.toString();
  }
}
