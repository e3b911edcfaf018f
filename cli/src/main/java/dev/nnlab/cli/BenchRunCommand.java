package dev.nnlab.cli;

import com.sun.management.OperatingSystemMXBean;
import dev.nnlab.core.layer.Network;
import dev.nnlab.cli.bench.EpochLine;
import dev.nnlab.cli.bench.ProcessMemory;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.FetchListener;
import dev.nnlab.network.data.SampleExamples;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.train.BatchEvent;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.EvaluationSet;
import dev.nnlab.network.train.Trainer;
import dev.nnlab.network.train.TrainingListener;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * One timed training run of Nielsen's chapter-1 network on MNIST, printing every epoch in the numpy
 * yardstick's line format; {@code nnlab bench} runs it in a fresh JVM and compares.
 */
@Command(
    name = "bench-run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trains Nielsen's network on MNIST once and prints per-epoch training times.",
      "",
      "Each line: 'Epoch k: correct / 10000   train Ws (cpu Cs)  eval Es', where C is the",
      "process CPU time of the epoch's shuffle and mini-batches (evaluation excluded), as",
      "the numpy yardstick (nielsen_numpy.py) reports it. Ends with the peak RSS.",
      "",
      "Try:  ./nnlab bench-run --epochs 30"
    })
final class BenchRunCommand implements Runnable {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A directory with the four MNIST IDX files (plain or .gz); default: the cache.")
  Path data;

  @Option(names = "--net", paramLabel = "NET", defaultValue = "chapter1",
      description = "chapter1 (network.py's sigmoid net, --hidden) or network3-conv2 (network3.py's two"
          + " conv-pool layers, FC 100, softmax) (default: ${DEFAULT-VALUE}).")
  String net;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "30",
      description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Mixin BenchRunOptions run;

  @Option(names = "--train-size", paramLabel = "N", defaultValue = "50000",
      description = "Training images, from the first (default: ${DEFAULT-VALUE}).")
  int trainSize;

  @Override
  public void run() {
    BenchBounds.epochs(epochs, 1);
    run.check();
    BenchBounds.trainSize(trainSize);
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    DataSet set = load().withTrainSize(trainSize);
    BenchNet benchNet = BenchNet.named(net);
    double rate = run.rate(benchNet);
    Network network = benchNet.build(root.catalog(), set.train().inputSize(), run.hidden, run.seed);
    CpuClock clock = new CpuClock(out);
    Trainer trainer =
        Trainer.builder(network).cost(benchNet.cost()).optimizer(new Sgd(rate)).epochs(epochs)
            .miniBatchSize(run.miniBatch).seed(run.seed).engine(run.engine).fastOptions(run.fastOptions())
            .listener(clock).build();
    out.printf("nnlab, %s, sizes %s, seed %d, eta %s, mini-batch %d, train %d; %s; load %.2fs%n",
        benchNet.spec(), sizes(network), run.seed, rate, run.miniBatch, set.train().size(), trainer.engineDescription(),
        (System.nanoTime() - start) / 1e9);
    out.flush();
    clock.start();
    trainer.train(new SampleExamples(set.train()), EvaluationSet.of("test", new SampleExamples(set.test())));
    out.printf("peak rss %s kB%n", ProcessMemory.peakRssKb().isPresent() ? ProcessMemory.peakRssKb().getAsLong() : "?");
    out.flush();
  }

  private static String sizes(Network network) {
    return network.sizes().toString();
  }

  private DataSet load() {
    DataSetLoader loader = DataSetLoader.standard();
    return data != null
        ? loader.fromDirectory(DataSetDefinition.MNIST, data)
        : loader.load(DataSetDefinition.MNIST, new FetchListener() {});
  }

  /** Takes the process CPU clock at the end of each epoch's last mini-batch and after evaluation. */
  private static final class CpuClock implements TrainingListener {

    private final OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final PrintWriter out;
    private long epochStartCpu;
    private long trainedCpu;
    private long trainedWall;

    CpuClock(PrintWriter out) {
      this.out = out;
    }

    void start() {
      epochStartCpu = os.getProcessCpuTime();
    }

    @Override
    public void batchEnded(BatchEvent event) {
      if (event.batch() == event.batches() - 1) {
        trainedCpu = os.getProcessCpuTime();
      }
    }

    @Override
    public void epochEnded(EpochEvent event) {
      var test = event.evaluation("test").orElseThrow();
      EpochLine line =
          new EpochLine(
              event.epoch(), test.correct(), test.total(), event.trainingNanos() / 1e9,
              (trainedCpu - epochStartCpu) / 1e9);
      out.println(line.format(event.evaluationNanos() / 1e9));
      out.flush();
      epochStartCpu = os.getProcessCpuTime();
    }
  }
}
