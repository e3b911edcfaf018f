package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.NoRegularizer;

/** Run by {@link FloatOpsSelectorTest} in a JVM started without the Vector API module. */
public final class FloatOpsProbe {

  private FloatOpsProbe() {}

  public static void main(String[] args) {
    System.out.println("module present: " + FloatOpsSelector.vectorModulePresent());
    System.out.println("kernels: " + FloatOpsSelector.best().description());
    try {
      FloatOpsSelector.vector();
    } catch (IllegalStateException e) {
      System.out.println("refused: " + e.getMessage());
    }
    Network network = TestNets.network(1, "test-sigmoid", 784, 30, 10);
    ArrayExamples data = SparseDigits.examples(1, 40);
    int[] order = new int[40];
    for (int i = 0; i < 40; i++) {
      order[i] = i;
    }
    try (FastTraining fast =
        FastTraining.start(network, new QuadraticCost(), new Sgd(3), NoRegularizer.INSTANCE, data, 10, FastOptions.defaults())) {
      System.out.println("vectorised: " + fast.vectorised());
      double cost = fast.forwardBackward(order, 0, 10);
      fast.update();
      System.out.println("trained: " + Double.isFinite(cost));
    }
  }
}
