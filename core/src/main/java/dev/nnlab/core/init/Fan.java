package dev.nnlab.core.init;

/**
 * The number of inputs and outputs of the layer whose parameters are being initialised, as PyTorch's
 * {@code _calculate_fan_in_and_fan_out} counts them. A dense layer's weight matrix has {@code out}
 * rows and {@code in} columns (row j holds the weights into unit j, as in Nielsen's network.py and
 * PyTorch). A convolution with {@code C} input channels, {@code F} filters and {@code kh × kw} kernels
 * has fan-in {@code C·kh·kw} and fan-out {@code F·kh·kw}, and its weight matrix is
 * {@code F × (C·kh·kw)}, PyTorch's {@code weight.view(F, -1)}. A bias vector has {@code F} (or
 * {@code out}) rows and 1 column.
 *
 * @param in fan-in, at least 1
 * @param out fan-out, at least 1
 * @param kernelHeight the kernel's height, 1 for a dense layer
 * @param kernelWidth the kernel's width, 1 for a dense layer
 */
public record Fan(int in, int out, int kernelHeight, int kernelWidth) {

  public Fan {
    if (in < 1 || out < 1) {
      throw new IllegalArgumentException(
          "fan must be at least 1 on both sides, got fan-in " + in + " and fan-out " + out);
    }
    if (kernelHeight < 1 || kernelWidth < 1) {
      throw new IllegalArgumentException(
          "a kernel is at least 1×1, got " + kernelHeight + "×" + kernelWidth);
    }
    int receptiveField = kernelHeight * kernelWidth;
    if (in % receptiveField != 0 || out % receptiveField != 0) {
      throw new IllegalArgumentException(
          "a " + kernelHeight + "×" + kernelWidth + " kernel's fans are multiples of " + receptiveField
              + ", got fan-in " + in + " and fan-out " + out);
    }
  }

  /** The fan of a dense layer. */
  public Fan(int in, int out) {
    this(in, out, 1, 1);
  }

  /** The fan of a convolution of {@code inChannels} into {@code filters} with {@code kh × kw} kernels. */
  public static Fan convolution(int inChannels, int filters, int kernelHeight, int kernelWidth) {
    int field = kernelHeight * kernelWidth;
    return new Fan(inChannels * field, filters * field, kernelHeight, kernelWidth);
  }

  /** Whether this is a convolution's fan (a kernel larger than 1×1). */
  public boolean isConvolution() {
    return kernelHeight * kernelWidth > 1;
  }

  /** Input channels of a convolution; {@link #in} for a dense layer. */
  public int inChannels() {
    return in / (kernelHeight * kernelWidth);
  }

  /** Filters (output channels) of a convolution; {@link #out} for a dense layer. */
  public int outChannels() {
    return out / (kernelHeight * kernelWidth);
  }

  /** The average of fan-in and fan-out, as used by Glorot's and variance-scaling's fan_avg. */
  public double average() {
    return (in + out) / 2.0;
  }

  @Override
  public String toString() {
    String fans = "fan(in=" + in + ", out=" + out;
    return isConvolution() ? fans + ", kernel=" + kernelHeight + "×" + kernelWidth + ")" : fans + ")";
  }
}
