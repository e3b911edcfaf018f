package dev.nnlab.tck;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/**
 * TEST-ONLY providers, registered only under {@code src/test/resources/tck-activation-fixtures},
 * which tests add through their own class loader.
 */
final class FixtureActivationProviders {

  private FixtureActivationProviders() {}

  /** A well-behaved provider whose examples exercise its parameter. */
  public static class Scaled implements ActivationProvider {
    @Override
    public String name() {
      return "tck-scaled-fixture";
    }

    @Override
    public String description() {
      return "TEST-ONLY: scale*tanh(z)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.of("scale", ParameterType.positive(), "1", "output scale"));
    }

    @Override
    public List<String> examples() {
      return List.of(name(), name() + "(scale=2)");
    }

    @Override
    public Activation create(Parameters parameters) {
      double scale = parameters.real("scale");
      return new ActivationFixtures.GoodTanh() {
        @Override
        public double value(double z) {
          return scale * Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
          double t = a / scale;
          return scale * (1 - t * t);
        }

        @Override
        public dev.nnlab.core.activation.Range range() {
          return new dev.nnlab.core.activation.Range(-scale, scale);
        }
      };
    }
  }

  /** Declares a parameter its examples never set. */
  public static final class LazyExamples extends Scaled {
    @Override
    public String name() {
      return "tck-lazy-examples-fixture";
    }

    @Override
    public List<String> examples() {
      return List.of(name());
    }
  }

  /** Never registered anywhere. */
  public static final class Unregistered extends Scaled {
    @Override
    public String name() {
      return "tck-unregistered-fixture";
    }
  }
}
