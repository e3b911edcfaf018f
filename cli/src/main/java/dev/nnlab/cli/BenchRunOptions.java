package dev.nnlab.cli;

import dev.nnlab.network.fast.FastOptions;
import dev.nnlab.network.train.TrainingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The training options {@code bench} passes through to every {@code bench-run} it starts, declared
 * once for both ({@code @Mixin BenchRunOptions run;}): the hidden sizes, the SGD hyperparameters
 * and nnlab's arithmetic. {@code bench} also hands the size, rate and seed to the yardstick.
 */
final class BenchRunOptions {

  @Option(names = "--hidden", paramLabel = "N", split = ",", defaultValue = "30",
      description = "Hidden layer sizes, e.g. 100 or 30,30,30 (default: ${DEFAULT-VALUE}).")
  List<Integer> hidden = new ArrayList<>();

  @Option(names = "--mini-batch", paramLabel = "M", defaultValue = "10",
      description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
  int miniBatch;

  @Option(names = "--eta", paramLabel = "η",
      description = "Learning rate (default: 3.0 for chapter1, 0.1 for network3-conv2).")
  Double eta;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the weights and the batch order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--engine", paramLabel = "E", defaultValue = "AUTO",
      description = "AUTO (the fast path when possible) or REFERENCE (double precision) (default: ${DEFAULT-VALUE}).")
  TrainingEngine engine;

  @Option(names = "--kernels", paramLabel = "K", defaultValue = "AUTO",
      description = "Fast-path arithmetic: AUTO, SCALAR or VECTOR (default: ${DEFAULT-VALUE}).")
  FastOptions.Kernels kernels;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Threads per mini-batch; 0: all cores for mini-batches of 100 or more (default: ${DEFAULT-VALUE}).")
  int threads;

  /** Checks every bound, before any work; a bad value is one line naming the option. */
  void check() {
    BenchBounds.hidden(hidden);
    BenchBounds.miniBatch(miniBatch);
    BenchBounds.eta(eta);
    BenchBounds.threads(threads);
  }

  /** The learning rate given, or {@code net}'s own. */
  double rate(BenchNet net) {
    return eta != null ? eta : net.defaultEta();
  }

  /** The hidden sizes joined by {@code separator}. */
  String hiddenJoined(String separator) {
    return hidden.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }

  /** These options as {@code bench-run} arguments, with the learning rate {@code rate}. */
  List<String> asArguments(double rate) {
    return List.of("--hidden", hiddenJoined(","), "--mini-batch", String.valueOf(miniBatch),
        "--eta", String.valueOf(rate), "--seed", String.valueOf(seed), "--engine", engine.name(),
        "--kernels", kernels.name(), "--threads", String.valueOf(threads));
  }

  /** The FastOptions these options choose. */
  FastOptions fastOptions() {
    return FastOptions.defaults().withKernels(kernels).withThreads(threads);
  }
}
