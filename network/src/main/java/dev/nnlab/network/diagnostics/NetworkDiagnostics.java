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

  /**
   * The reading of the layer at position {@code number}, counting from 1 like
   * {@link LayerDiagnostics#layer()} (pooling and flatten layers are not read, so the readings of a
   * conv net are not consecutive).
   *
   * @throws IllegalArgumentException if that layer was not read
   */
  public LayerDiagnostics layer(int number) {
    return layers.stream()
        .filter(l -> l.layer() == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("layer " + number + " was not read; the readings are of"
            + " layers " + layers.stream().map(LayerDiagnostics::layer).toList()));
  }
}
