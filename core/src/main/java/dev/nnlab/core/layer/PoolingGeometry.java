package dev.nnlab.core.layer;

/**
 * Declared by a 2-D pooling layer with square windows of {@code size}, moved by {@code stride},
 * channel by channel, without padding: the output is
 * {@code channels × ((h − size)/stride + 1) × ((w − size)/stride + 1)}. Max pooling sends the gradient
 * to the first maximum of each window in row-major order (ties go to the first); average pooling
 * spreads it evenly. No parameters.
 */
public record PoolingGeometry(Shape input, Kind kind, int size, int stride) {

  /** Which statistic of the window is kept. */
  public enum Kind {
    MAX,
    AVERAGE
  }
}
