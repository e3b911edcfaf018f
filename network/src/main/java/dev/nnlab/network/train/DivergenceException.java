package dev.nnlab.network.train;

/**
 * Training produced NaN or infinite values; the run was stopped rather than continued with garbage.
 * The message names the epoch, the batch and the first layer affected.
 */
public class DivergenceException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final int epoch;
  private final int layer;

  /**
   * @param epoch from 0
   * @param layer from 1; 0 when no single layer is to blame
   */
  public DivergenceException(String message, int epoch, int layer) {
    super(message);
    this.epoch = epoch;
    this.layer = layer;
  }

  public int epoch() {
    return epoch;
  }

  public int layer() {
    return layer;
  }
}
