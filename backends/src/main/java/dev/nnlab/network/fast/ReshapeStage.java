package dev.nnlab.network.fast;

/** A change of shape only ({@code flatten}): values and gradients pass through unchanged. */
final class ReshapeStage extends FloatStage {

  ReshapeStage(int size) {
    super(size, size);
  }

  @Override
  void forward(int count, float[] in, float[] out) {
    System.arraycopy(in, 0, out, 0, count * inSize);
  }

  @Override
  void backward(int count, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    if (gIn != null) {
      System.arraycopy(gOut, 0, gIn, 0, count * inSize);
    }
  }
}
