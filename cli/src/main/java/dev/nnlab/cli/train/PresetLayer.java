package dev.nnlab.cli.train;

import java.util.StringJoiner;

/**
 * One layer of a layer-list preset: its kind and shape arguments, and the initializers the preset
 * draws its weights and biases from. The initializers are separate so that {@code --init} or
 * {@code --bias-init} can replace them (a layer's own {@code weights=} would otherwise win over the
 * network-wide option).
 *
 * @param kind the layer kind, e.g. {@code conv}
 * @param arguments its other arguments as written in a spec, e.g. {@code filters=20, kernel=5}
 * @param weights the weight initializer spec, or null for a layer without weights
 * @param biases the bias initializer spec, or null for a layer without biases
 */
public record PresetLayer(String kind, String arguments, String weights, String biases) {

  /** A layer without parameters, such as a pooling layer. */
  public static PresetLayer plain(String kind, String arguments) {
    return new PresetLayer(kind, arguments, null, null);
  }

  /**
   * The layer's spec for {@code --layers}.
   *
   * @param ownWeights whether to keep the preset's weight initializer (false: the network's applies)
   * @param ownBiases whether to keep the preset's bias initializer (false: the network's applies)
   */
  public String spec(boolean ownWeights, boolean ownBiases) {
    StringJoiner all = new StringJoiner(", ", kind + "(", ")");
    if (!arguments.isEmpty()) {
      all.add(arguments);
    }
    if (ownWeights && weights != null) {
      all.add("weights=" + weights);
    }
    if (ownBiases && biases != null) {
      all.add("biases=" + biases);
    }
    return all.toString();
  }
}
