package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.ValueDistribution;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * An initializer whose values are drawn independently from one distribution that depends on the
 * fan only: every initializer except orthogonal, identity and sparse. Values are drawn in
 * row-major order, so the same generator state always gives the same matrix.
 */
final class IndependentInitializer implements Initializer {

  private final Function<Fan, SampledDistribution> law;
  private final Function<Fan, String> derivation;

  /**
   * @param law the distribution for a fan
   * @param derivation how the law's numbers follow from the fan, appended to the law in
   *     {@link #formula}, e.g. {@code " = ±sqrt(6/(784+30))"}; empty if they do not depend on it
   */
  IndependentInitializer(Function<Fan, SampledDistribution> law, Function<Fan, String> derivation) {
    this.law = law;
    this.derivation = derivation;
  }

  /** A law that does not depend on the fan (uniform, normal, constant...): nothing to derive. */
  static IndependentInitializer sameForEveryFan(SampledDistribution law) {
    return new IndependentInitializer(fan -> law, fan -> "");
  }

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    TargetShape.check(target, fan);
    SampledDistribution distribution = law.apply(fan);
    double[] data = target.data;
    int n = target.getNumElements();
    for (int i = 0; i < n; i++) {
      data[i] = distribution.sample(random);
    }
  }

  @Override
  public String formula(Fan fan) {
    return law.apply(fan) + derivation.apply(fan);
  }

  @Override
  public Optional<ValueDistribution> distribution(Fan fan) {
    return Optional.of(law.apply(fan));
  }

  @Override
  public String toString() {
    return "independent draws, e.g. " + formula(new Fan(784, 30)) + " for fan(in=784, out=30)";
  }
}
