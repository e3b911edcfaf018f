package dev.nnlab.network;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.data.ArrayExamples;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Small networks and data sets built from the test fixtures. */
public final class TestNets {

  public static final PluginCatalog CATALOG = PluginCatalog.standard();

  private TestNets() {}

  /** A network with the given sizes, one activation everywhere, test-randn weights and biases. */
  public static Network network(long seed, String activation, int... sizes) {
    return network(seed, activation, activation, sizes);
  }

  public static Network network(
      long seed, String hidden, String output, int... sizes) {
    return network(seed, hidden, output, "test-randn", sizes);
  }

  /** As {@link #network(long, String, String, int...)} with the given weight initializer. */
  public static Network network(
      long seed, String hidden, String output, String weights, int... sizes) {
    NetworkBuilder builder =
        NetworkBuilder.using(CATALOG).input(sizes[0]).weights(weights).biases("test-randn").seed(seed);
    for (int l = 1; l < sizes.length; l++) {
      builder.dense(sizes[l], l == sizes.length - 1 ? output : hidden);
    }
    return builder.build();
  }

  /** Inputs uniform in [0, 1), random one-hot targets. */
  public static ArrayExamples randomExamples(long seed, int n, int in, int classes) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj x = new DMatrixRMaj(n, in);
    for (int i = 0; i < x.getNumElements(); i++) {
      x.data[i] = random.nextDouble();
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(classes);
    }
    return ArrayExamples.oneHot(x, labels, classes);
  }

  /** Random matrix with entries uniform in [low, high). */
  public static DMatrixRMaj uniform(long seed, int rows, int cols, double low, double high) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < m.getNumElements(); i++) {
      m.data[i] = low + (high - low) * random.nextDouble();
    }
    return m;
  }
}
