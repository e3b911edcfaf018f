package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.Parameters;

/**
 * TEST-ONLY: a sigmoid whose derivative is a(1 − a) + 0.001 — a plausible slip that only the
 * finite-difference check can see. Registered only under {@code src/test/resources/tck-broken-fixture},
 * which {@link ConformanceKitFlagsBrokenActivationTest} adds through its own class loader, so it
 * never joins the stock catalog.
 */
public final class BrokenFixtureProvider implements ActivationProvider {

  @Override
  public String name() {
    return "tck-broken-fixture";
  }

  @Override
  public String description() {
    return "TEST-ONLY fixture with a wrong derivative; must fail the conformance kit";
  }

  @Override
  public Activation create(Parameters parameters) {
    return new ElementwiseActivation() {
      @Override
      public double value(double z) {
        return Sigmoid.logistic(z);
      }

      @Override
      public double derivative(double z, double a) {
        return a * (1 - a) + 0.001;
      }

      @Override
      public double gain() {
        return 1;
      }

      @Override
      public Range range() {
        return new Range(0, 1);
      }
    };
  }
}
