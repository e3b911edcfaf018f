package dev.nnlab.network.fast;

/**
 * The {@link ConvKernels} that match a {@link FloatOps}: vector kernels next to the vector float
 * operations, scalar ones otherwise, so one run never mixes the two.
 */
final class ConvKernelsSelector {

  private ConvKernelsSelector() {}

  static ConvKernels matching(FloatOps ops) {
    if (ops == ScalarFloatOps.INSTANCE) {
      return ScalarConvKernels.INSTANCE;
    }
    try {
      return (ConvKernels)
          Class.forName(ConvKernelsSelector.class.getPackageName() + ".VectorConvKernels")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot load the Vector API convolution kernels: " + e, e);
    }
  }
}
