package dev.nnlab.cli.train;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.model.Parameter;
import java.util.Locale;

/**
 * Refuses initial parameters beyond float32's range before training: the fast engine computes in
 * float32, where such a value is infinite from the first step, and the run would otherwise be
 * reported as divergence with advice to lower a learning rate that has nothing to do with it.
 * The commands run it on a network built from the setup before they load any data or train (the
 * same seed draws the same weights); {@link TrainingRun} runs it again on the network it trains,
 * for library callers.
 */
public final class InitialWeightCheck {

  private InitialWeightCheck() {}

  /** @throws IllegalArgumentException naming the parameter, its initializer, the value and the limit */
  public static void require(Network network) {
    for (Layer layer : network.layers()) {
      for (Parameter p : layer.parameters()) {
        double[] values = p.value().data;
        for (int i = 0; i < p.size(); i++) {
          double v = values[i];
          if (!Double.isFinite(v) || Math.abs(v) > Float.MAX_VALUE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s initialised by %s holds %s, beyond float32's largest value %s, which the fast engine"
                    + " computes in: every result would overflow to infinity before the first step; choose a"
                    + " smaller scale",
                p.name(), initializer(layer, p), v, Float.MAX_VALUE));
          }
        }
      }
    }
  }

  private static String initializer(Layer layer, Parameter p) {
    return layer.capability(ParameterInitializers.class)
        .map(i -> p.name().endsWith("biases") ? "--bias-init " + i.biases().spec() : "--init " + i.weights().spec())
        .orElse("its layer");
  }
}
