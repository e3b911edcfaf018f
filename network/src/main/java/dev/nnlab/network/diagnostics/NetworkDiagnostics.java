package dev.nnlab.network.diagnostics;

import java.util.List;

/**
 * Per-layer diagnostics of a network on a probe batch.
 *
 * @param probeSize how many examples the probe batch had
 * @param layers one record per layer, input side first
 */
public record NetworkDiagnostics(int probeSize, List<LayerDiagnostics> layers) {

  public NetworkDiagnostics {
    layers = List.copyOf(layers);
  }

  /** Layer {@code number}, counting from 1 like {@link LayerDiagnostics#layer()}. */
  public LayerDiagnostics layer(int number) {
    return layers.get(number - 1);
  }
}
