package dev.nnlab.tck;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.Parameters;
import dev.nnlab.core.plugin.Plugin;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * The network a layer under test is placed in, made of the kit's own components so that the kit
 * needs no initializer or activation plugins: the network's activation is tanh (smooth, so
 * finite differences apply everywhere), weights and biases are drawn N(0, 1/fan_in).
 */
public final class LayerContexts {

  private static final Configured<Activation> TANH = configured(new KitTanh(), "tck-tanh");
  private static final Configured<Initializer> NORMAL = configured(new KitNormal(), "tck-normal");

  private LayerContexts() {}

  /** A context for a layer at {@code position} taking {@code input}. */
  public static LayerContext at(int position, Shape input) {
    return new LayerContext(position, input, NORMAL, NORMAL, TANH);
  }

  /** The network activation the contexts carry (tanh). */
  public static Configured<Activation> networkActivation() {
    return TANH;
  }

  private static <T> Configured<T> configured(T value, String name) {
    Plugin<T> plugin = new Plugin<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "the layer conformance kit's own " + name;
      }

      @Override
      public T create(Parameters parameters) {
        return value;
      }
    };
    return new Configured<>(value, plugin, Parameters.none());
  }

  /** tanh. */
  private static final class KitTanh implements ElementwiseActivation {
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

  /** N(0, 1/fan_in) for any target shape. */
  private static final class KitNormal implements Initializer {
    @Override
    public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
      double std = 1 / Math.sqrt(fan.in());
      for (int i = 0; i < target.getNumElements(); i++) {
        target.data[i] = std * random.nextGaussian();
      }
    }

    @Override
    public String formula(Fan fan) {
      return "N(0, 1/" + fan.in() + ")";
    }
  }
}
