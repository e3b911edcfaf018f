package dev.nnlab.core.init;

/**
 * The number of inputs and outputs of the layer whose parameters are being initialised. A weight
 * matrix of that layer has {@code out} rows and {@code in} columns (row j holds the weights into
 * unit j, as in Nielsen's network.py and PyTorch); its bias vector has {@code out} rows, 1 column.
 *
 * @param in fan-in, at least 1
 * @param out fan-out, at least 1
 */
public record Fan(int in, int out) {

  public Fan {
    if (in < 1 || out < 1) {
      throw new IllegalArgumentException(
          "fan must be at least 1 on both sides, got fan-in " + in + " and fan-out " + out);
    }
  }

  /** The average of fan-in and fan-out, as used by Glorot's and variance-scaling's fan_avg. */
  public double average() {
    return (in + out) / 2.0;
  }

  @Override
  public String toString() {
    return "fan(in=" + in + ", out=" + out + ")";
  }
}
