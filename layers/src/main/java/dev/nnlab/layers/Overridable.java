package dev.nnlab.layers;

import dev.nnlab.core.plugin.Configured;
import java.util.Optional;

/**
 * A component a layer's spec may name for itself (its activation, its weight or bias initializer)
 * or leave to the network, written {@code network} in the canonical spec.
 *
 * @param own the component the spec named, empty for the network's
 * @param <T> the component type
 */
record Overridable<T>(Optional<Configured<T>> own) {

  /** The word that stands for the network's component. */
  static final String NETWORK = "network";

  /**
   * The spec's own component, or {@code networks} when it named none.
   *
   * @param networks the network's component, null if it has none
   * @param parameter the spec parameter, for the message when neither gives one
   * @throws IllegalArgumentException when the spec names none and the network has none
   */
  Configured<T> orElse(Configured<T> networks, String parameter) {
    if (own.isEmpty() && networks == null) {
      throw new IllegalArgumentException(
          "the spec names no " + parameter + " and the network has none to give; write " + parameter + "=<spec>");
    }
    return own.orElse(networks);
  }

  @Override
  public String toString() {
    return own.map(Configured::spec).orElse(NETWORK);
  }
}
