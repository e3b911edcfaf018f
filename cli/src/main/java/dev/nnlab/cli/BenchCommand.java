package dev.nnlab.cli;

import dev.nnlab.cli.bench.ChildProcess;
import dev.nnlab.cli.bench.EpochLine;
import dev.nnlab.cli.bench.Median;
import dev.nnlab.cli.bench.RunResult;
import dev.nnlab.cli.bench.YardstickData;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.FetchListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Runs nnlab's training ({@code bench-run}, each time in a fresh JVM) and, if given, the yardstick
 * on the same data — numpy for the chapter-1 net, PyTorch for network3-conv2 — alternating, and
 * prints their per-epoch CPU times side by side, scaled to a 50,000-image epoch.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compares nnlab's training speed with the numpy yardstick (nielsen_numpy.py).",
      "",
      "Runs './nnlab bench-run' in a fresh JVM and, with --numpy, the yardstick with",
      "--vectorized on one OpenBLAS thread, alternately, --rounds times, on the same",
      "MNIST files. Prints per-epoch process CPU seconds of training side by side,",
      "their ratio (median over epochs 1..n; epoch 0 holds the JIT warm-up), accuracy,",
      "whole-run wall time from process start, and peak RSS.",
      "",
      "With --net network3-conv2 it times network3.py's conv net against PyTorch",
      "(--pytorch bench/pytorch_network3.py, float32, one thread) instead.",
      "",
      "Try:  ./nnlab bench --numpy ../shared/bench/nielsen_numpy.py --rounds 2",
      "      ./nnlab bench --net network3-conv2 --pytorch bench/pytorch_network3.py --epochs 3 --train-size 5000"
    })
final class BenchCommand implements Runnable {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--numpy", paramLabel = "FILE",
      description = "The yardstick script nielsen_numpy.py; without it only nnlab runs.")
  Path numpy;

  @Option(names = "--pytorch", paramLabel = "FILE",
      description = "The yardstick script pytorch_network3.py, for --net network3-conv2.")
  Path pytorch;

  @Option(names = "--net", paramLabel = "NET", defaultValue = "chapter1",
      description = "chapter1 (network.py's sigmoid net, --hidden) or network3-conv2 (default: ${DEFAULT-VALUE}).")
  String net;

  @Option(names = "--train-size", paramLabel = "N", defaultValue = "50000",
      description = "Training images, from the first; times are scaled to 50,000 (default: ${DEFAULT-VALUE}).")
  int trainSize;

  @Option(names = "--python", paramLabel = "CMD", defaultValue = "python3",
      description = "The Python interpreter for the yardstick (default: ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A directory with the four MNIST IDX files; default: nnlab's cache (filled if needed).")
  Path data;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "30",
      description = "Epochs per run (default: ${DEFAULT-VALUE}, Nielsen's; the JIT keeps compiling"
          + " through the first ten or so, so shorter runs overstate nnlab's steady-state time).")
  int epochs;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "1",
      description = "Runs of each program, alternating (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Mixin BenchRunOptions run;

  /** The epoch the printed CPU times are scaled to: MNIST's training set as Nielsen splits it. */
  private static final int FULL_EPOCH = 50_000;

  private double rate;

  @Override
  public void run() {
    if (epochs < 2 || rounds < 1) {
      throw new UserFacingException("--epochs must be >= 2 (epoch 0 is warm-up) and --rounds >= 1; got " + epochs + " and " + rounds, 2);
    }
    BenchBounds.epochs(epochs, 2);
    run.check();
    if (numpy != null && !Files.isRegularFile(numpy)) {
      throw new UserFacingException("--numpy " + numpy + ": no such file; give the path of nielsen_numpy.py", 2);
    }
    if (pytorch != null && !Files.isRegularFile(pytorch)) {
      throw new UserFacingException("--pytorch " + pytorch + ": no such file; give the path of pytorch_network3.py", 2);
    }
    BenchNet benchNet = BenchNet.named(net);
    if (numpy != null && benchNet != BenchNet.CHAPTER1 || pytorch != null && benchNet != BenchNet.NETWORK3_CONV2) {
      throw new UserFacingException("--numpy is the yardstick of --net chapter1 and --pytorch that of --net "
          + "network3-conv2; got --net " + net + " with " + (numpy != null ? "--numpy" : "--pytorch"), 2);
    }
    if (trainSize < 1 || trainSize > 50_000) {
      throw new UserFacingException("--train-size must be in 1..50000; got " + trainSize, 2);
    }
    rate = run.rate(benchNet);
    PrintWriter out = spec.commandLine().getOut();
    Path directory = dataDirectory();
    String load = loadAverage();
    List<RunResult> nnlab = new ArrayList<>();
    List<RunResult> yardstick = new ArrayList<>();
    try (YardstickData numpyData = YardstickData.from(directory)) {
      for (int round = 1; round <= rounds; round++) {
        nnlab.add(announce(out, round, child("nnlab", nnlabCommand(directory), Map.of())));
        if (numpy != null) {
          yardstick.add(announce(out, round,
              child("numpy", numpyCommand(numpyData.directory()), numpyEnvironment())));
        }
        if (pytorch != null) {
          yardstick.add(announce(out, round,
              ChildProcess.run("pytorch", pytorchCommand(directory), Map.of("OMP_NUM_THREADS", "1"))));
        }
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot prepare the data for the numpy yardstick: " + e.getMessage(), 1, e);
    }
    report(out, nnlab, yardstick, load);
  }

  private Path dataDirectory() {
    if (data != null) {
      return data;
    }
    DataSetLoader loader = DataSetLoader.standard();
    loader.load(DataSetDefinition.MNIST, new FetchListener() {});
    return loader.cacheDirectory(DataSetDefinition.MNIST);
  }

  private static RunResult announce(PrintWriter out, int round, RunResult result) {
    out.printf(Locale.ROOT, "round %d: %-5s %d epochs, %.2f s wall from process start%n",
        round, result.program(), result.epochs().size(), result.wallSeconds());
    out.flush();
    if (result.epochs().isEmpty()) {
      throw new IllegalStateException(result.program() + " printed no epoch lines:" + System.lineSeparator()
          + String.join(System.lineSeparator(), result.output()));
    }
    return result;
  }

  private List<String> nnlabCommand(Path directory) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the flags this JVM got from the launcher: the Vector API module, the collector, the heap
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench-run",
        "--data", directory.toString(), "--epochs", String.valueOf(epochs), "--net", net,
        "--train-size", String.valueOf(trainSize)));
    command.addAll(run.asArguments(rate));
    return command;
  }

  private List<String> numpyCommand(Path directory) {
    List<String> command = new ArrayList<>(List.of(python, "-c", PYTHON_WRAPPER, numpy.toString(), "--vectorized",
        "--data-dir", directory.toString(), "--epochs", String.valueOf(epochs), "--mini-batch", String.valueOf(run.miniBatch),
        "--eta", String.valueOf(rate), "--seed", String.valueOf(run.seed), "--train-size", String.valueOf(trainSize), "--hidden"));
    run.hidden.forEach(h -> command.add(String.valueOf(h)));
    return command;
  }

  private List<String> pytorchCommand(Path directory) {
    return List.of(python, "-c", PYTHON_WRAPPER, pytorch.toString(),
        "--data-dir", directory.toString(), "--epochs", String.valueOf(epochs), "--mini-batch", String.valueOf(run.miniBatch),
        "--eta", String.valueOf(rate), "--seed", String.valueOf(run.seed), "--train-size", String.valueOf(trainSize));
  }

  // runpy keeps the script's own main; getrusage gives its peak RSS as nnlab reports its own
  private static final String PYTHON_WRAPPER =
        "import resource, runpy, sys\n"
            + "sys.argv = sys.argv[1:]\n"
            + "sys.path.insert(0, __import__('os').path.dirname(sys.argv[0]))\n"
            + "try:\n"
            + "    runpy.run_path(sys.argv[0], run_name='__main__')\n"
            + "finally:\n"
            + "    print('peak rss %d kB' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)\n";

  /** One OpenBLAS thread with its best kernel, as the yardstick's README prescribes. */
  private static Map<String, String> numpyEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("OPENBLAS_CORETYPE", null);
    environment.put("OPENBLAS_L2_SIZE", null);
    environment.put("OPENBLAS_NUM_THREADS", "1");
    return environment;
  }

  private void report(PrintWriter out, List<RunResult> nnlab, List<RunResult> yardstick, String loadBefore) {
    out.println();
    String yardName = pytorch != null ? "pytorch" : "numpy";
    String netName = BenchNet.named(net) == BenchNet.CHAPTER1 ? "sizes [784," + run.hiddenJoined(",") + ",10]" : net;
    out.printf(Locale.ROOT, "%s, mini-batch %d, eta %s, seed %d; nnlab engine %s, kernels %s, threads %s%n",
        netName, run.miniBatch, rate, run.seed, run.engine, run.kernels, run.threads == 0 ? "auto" : run.threads);
    if (trainSize != FULL_EPOCH) {
      out.printf(Locale.ROOT, "trained on %d images; CPU times scaled to a %d-image epoch (x%.1f)%n",
          trainSize, FULL_EPOCH, (double) FULL_EPOCH / trainSize);
    }
    out.println(nnlab.get(0).output().stream().filter(l -> l.startsWith("nnlab,")).findFirst().orElse(""));
    boolean both = !yardstick.isEmpty();
    out.println(both ? String.format(Locale.ROOT, "epoch   nnlab cpu s   %5s cpu s   ratio   nnlab acc   %5s acc", yardName, yardName)
                     : "epoch   nnlab cpu s   nnlab acc");
    int shown = nnlab.stream().mapToInt(r -> r.epochs().size()).min().orElse(0);
    if (both) {
      shown = Math.min(shown, yardstick.stream().mapToInt(r -> r.epochs().size()).min().orElse(0));
    }
    for (int e = 0; e < shown; e++) {
      double mine = medianAt(nnlab, e, true);
      double mineAccuracy = medianAt(nnlab, e, false);
      if (both) {
        double theirs = medianAt(yardstick, e, true);
        out.printf(Locale.ROOT, "%5d   %11.3f   %11.3f   %5.3f   %8.2f%%   %8.2f%%%n",
            e, mine, theirs, mine / theirs, 100 * mineAccuracy, 100 * medianAt(yardstick, e, false));
      } else {
        out.printf(Locale.ROOT, "%5d   %11.3f   %8.2f%%%n", e, mine, 100 * mineAccuracy);
      }
    }
    double mine = Median.of(pooled(nnlab));
    out.printf(Locale.ROOT, "%nmedian CPU per epoch (epochs 1..%d, %d round(s)): nnlab %.3f s", shown - 1, nnlab.size(), mine);
    if (both) {
      double theirs = Median.of(pooled(yardstick));
      out.printf(Locale.ROOT, ", %s %.3f s, ratio %.3f", yardName, theirs, mine / theirs);
    }
    out.println();
    summary(out, "nnlab", nnlab);
    if (both) {
      summary(out, yardName, yardstick);
    }
    out.println("load average before: " + loadBefore + ", after: " + loadAverage()
        + "; " + Runtime.getRuntime().availableProcessors() + " processors");
    out.flush();
  }

  private static void summary(PrintWriter out, String name, List<RunResult> runs) {
    double wall = Median.of(runs.stream().map(RunResult::wallSeconds).toList());
    double best = runs.stream().flatMap(r -> r.epochs().stream()).mapToDouble(EpochLine::accuracy).max().orElse(Double.NaN);
    String rss = runs.stream().filter(r -> r.peakRssKb().isPresent())
        .mapToLong(r -> r.peakRssKb().getAsLong()).max().stream()
        .mapToObj(kb -> String.format(Locale.ROOT, "%.0f MB", kb / 1024.0)).findFirst().orElse("?");
    out.printf(Locale.ROOT, "%s: whole run %.2f s wall (median, from process start), final accuracy %.2f%%, best %.2f%%, peak RSS %s%n",
        name, wall, 100 * runs.get(0).last().accuracy(), 100 * best, rss);
  }

  private double medianAt(List<RunResult> runs, int epoch, boolean cpu) {
    double scale = (double) FULL_EPOCH / trainSize;
    return Median.of(runs.stream().map(r -> r.epochs().get(epoch)).map(e -> cpu ? scale * e.cpuSeconds() : e.accuracy()).toList());
  }

  private List<Double> pooled(List<RunResult> runs) {
    double scale = (double) FULL_EPOCH / trainSize;
    return runs.stream().flatMap(r -> r.steadyCpuSeconds().stream()).map(c -> scale * c).toList();
  }

  /** A child run; one that cannot start (no python) or fails is one line, its output included. */
  private static RunResult child(String program, List<String> command, Map<String, String> environment) {
    try {
      return ChildProcess.run(program, command, environment);
    } catch (IllegalStateException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
