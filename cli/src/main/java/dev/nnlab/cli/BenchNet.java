package dev.nnlab.cli;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.cost.QuadraticCost;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The networks {@code bench} and {@code bench-run} time, each with its yardstick's cost and rate. */
enum BenchNet {

  /** network.py's [784, hidden…, 10] sigmoid net, quadratic cost; yardstick nielsen_numpy.py. */
  CHAPTER1("chapter1", 3.0),

  /**
   * network3.py's two conv-pool layers: conv 20@5×5 → max-pool 2 → sigmoid, conv 40@5×5 → max-pool 2
   * → sigmoid, FC 100 sigmoid, softmax 10, log-likelihood; yardstick bench/pytorch_network3.py.
   * (Sigmoid after or before a max-pool is the same: ConvPoolEquivalenceTest.)
   */
  NETWORK3_CONV2("network3-conv2", 0.1);

  static final int IMAGE_SIDE = 28;

  private final String spec;
  private final double defaultEta;

  BenchNet(String spec, double defaultEta) {
    this.spec = spec;
    this.defaultEta = defaultEta;
  }

  String spec() {
    return spec;
  }

  double defaultEta() {
    return defaultEta;
  }

  /** The net named {@code name}; one clear line (exit code 2) for any other name. */
  static BenchNet named(String name) {
    return Arrays.stream(values()).filter(net -> net.spec.equals(name)).findFirst()
        .orElseThrow(() -> new UserFacingException("--net " + name + ": unknown; expected one of "
            + Arrays.stream(values()).map(BenchNet::spec).collect(Collectors.joining(", ")), 2));
  }

  Network build(PluginCatalog catalog, int inputSize, List<Integer> hidden, long seed) {
    if (this == CHAPTER1) {
      NetworkBuilder builder = NetworkBuilder.using(catalog).input(inputSize).weights("randn").biases("randn").seed(seed);
      hidden.forEach(h -> builder.dense(h, "sigmoid"));
      return builder.dense(10, "sigmoid").build();
    }
    return NetworkBuilder.using(catalog).input(Shape.image(1, IMAGE_SIDE, IMAGE_SIDE))
        .layers("conv(filters=20, kernel=5, activation=sigmoid), max-pool(size=2),"
            + " conv(filters=40, kernel=5, activation=sigmoid), max-pool(size=2),"
            + " dense(units=100, activation=sigmoid), dense(units=10, activation=softmax)")
        .weights("lecun-normal").biases("randn").seed(seed).build();
  }

  Cost cost() {
    return this == CHAPTER1 ? new QuadraticCost() : new LogLikelihoodCost();
  }
}
