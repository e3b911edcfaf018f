package dev.nnlab.initializers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * TEST ONLY: a ReLU-like activation named {@code tck-fixture-gain} whose gain is a parameter
 * (default sqrt(2), ReLU's), so gain resolution can be tested without the activations module.
 */
public final class GainFixtureActivationProvider implements ActivationProvider {

  @Override
  public String name() {
    return "tck-fixture-gain";
  }

  @Override
  public String description() {
    return "test fixture: max(0, z) with a configurable initialisation gain";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.of(
        "value", ParameterType.positive(), Double.toString(Math.sqrt(2)), "the gain it declares"));
  }

  @Override
  public Activation create(Parameters parameters) {
    double gain = parameters.real("value");
    return new ElementwiseActivation() {
      @Override
      public double value(double z) {
        return Math.max(0, z);
      }

      @Override
      public double derivative(double z, double a) {
        return z > 0 ? 1 : 0;
      }

      @Override
      public double gain() {
        return gain;
      }

      @Override
      public Range range() {
        return new Range(0, Double.POSITIVE_INFINITY);
      }
    };
  }
}
