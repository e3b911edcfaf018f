package dev.nnlab.network.fast;

/** A change of shape only ({@code flatten}): values and gradients pass through unchanged. */
final class ReshapeStage extends FloatStage {

  ReshapeStage(int size) {
    super(size, size);
  }

  @Override
  void forward(int s, float[] in, float[] out) {
    System.arraycopy(in, s * inSize, out, s * outSize, inSize);
  }

  @Override
  void backward(int s, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    if (gIn != null) {
      System.arraycopy(gOut, s * outSize, gIn, s * inSize, inSize);
    }
  }
}
