package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.Configured;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * {@code dense(units, activation?, weights?, biases?)}: a fully connected layer of {@code units}
 * outputs. It takes an input of any shape, reading each example's values in their channel-major
 * order (as {@code flatten} would lay them out), and gives a flat vector. The activation and the
 * initializers are optional: the network's hidden or output activation and its weight and bias
 * initializers fill in what the spec leaves out.
 */
public record Dense(
    int units,
    Optional<Configured<Activation>> activation,
    Optional<Configured<Initializer>> weights,
    Optional<Configured<Initializer>> biases)
    implements LayerDefinition {

  public Dense {
    if (units < 1) {
      throw new IllegalArgumentException("a dense layer needs at least 1 unit, got " + units);
    }
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(biases, "biases");
  }

  /** {@code units} units with the network's activation and initializers. */
  public static Dense of(int units) {
    return new Dense(units, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public Shape outputShape(Shape input) {
    return Shape.flat(units);
  }

  @Override
  public Layer create(LayerContext context) {
    return new DenseLayer(
        this,
        context.position(),
        context.inputShape(),
        given(activation, context.activation(), "an activation: give the spec activation=... or the network one"),
        given(weights, context.weightInitializer(), "a weight initializer: give the spec weights=... or the network one"),
        given(biases, context.biasInitializer(), "a bias initializer: give the spec biases=... or the network one"));
  }

  private static <T> T given(Optional<T> own, T network, String needed) {
    if (own.isPresent()) {
      return own.get();
    }
    if (network == null) {
      throw new IllegalArgumentException("needs " + needed);
    }
    return network;
  }

  /** The canonical spec, e.g. {@code dense(units=10, activation=softmax)}: only what was given. */
  @Override
  public String toString() {
    StringJoiner spec = new StringJoiner(", ", DenseProvider.NAME + "(", ")");
    spec.add("units=" + units);
    activation.ifPresent(a -> spec.add("activation=" + a.spec()));
    weights.ifPresent(w -> spec.add("weights=" + w.spec()));
    biases.ifPresent(b -> spec.add("biases=" + b.spec()));
    return spec.toString();
  }
}
