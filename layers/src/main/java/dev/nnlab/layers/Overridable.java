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

  /** The spec's own component, or {@code networks} when it named none. */
  Configured<T> orElse(Configured<T> networks) {
    return own.orElse(networks);
  }

  @Override
  public String toString() {
    return own.map(Configured::spec).orElse(NETWORK);
  }
}
