package dev.nnlab.cli;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.ValueDistribution;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.cli.charts.Histogram;
import dev.nnlab.cli.charts.HistogramPng;
import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.cli.lab.Stats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Draws values from an initializer and compares them with what it declares. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draws values from an initializer and shows their distribution.",
      "",
      "Prints the effective formula, the sample's mean, std, min and max next to",
      "the theoretical values, and a histogram; optionally writes a PNG histogram",
      "and the raw values.",
      "",
      "Try:  ./nnlab sample --init rand --png rand.png",
      "      ./nnlab sample --init xavier-normal --fan-in 784 --fan-out 30"
    })
final class SampleCommand implements Runnable {

  private static final long MAX_COUNT = 50_000_000;

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--init", required = true, paramLabel = "SPEC",
      description = "The initializer, e.g. randn, rand, xavier-normal, he-normal(mode=fan_out).")
  String init;

  @Option(names = "--fan-in", paramLabel = "N", defaultValue = "784",
      description = "Fan-in of the layer (default: ${DEFAULT-VALUE}).")
  int fanIn;

  @Option(names = "--fan-out", paramLabel = "M", defaultValue = "30",
      description = "Fan-out of the layer (default: ${DEFAULT-VALUE}).")
  int fanOut;

  @Option(names = "--n", paramLabel = "COUNT", defaultValue = "100000",
      description = "How many values to draw (default: ${DEFAULT-VALUE}).")
  long count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--bins", paramLabel = "N", defaultValue = "30",
      description = "Histogram bins (default: ${DEFAULT-VALUE}).")
  int bins;

  @Option(names = "--png", paramLabel = "FILE", description = "Also write the histogram as a PNG.")
  Path png;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the values, one per line.")
  Path csv;

  @Override
  public void run() {
    validate();
    Configured<Initializer> initializer = root.catalog().initializer(init);
    Fan fan = new Fan(fanIn, fanOut);
    double[] values = draw(initializer.value(), fan);
    Histogram histogram = Histogram.of(values, bins);
    PrintWriter out = spec.commandLine().getOut();
    out.println(initializer.spec() + " for " + fan);
    out.println("  " + initializer.value().formula(fan));
    printStatistics(out, values, initializer.value().distribution(fan));
    out.println();
    out.print(histogram.render(50));
    out.flush();
    writeFiles(initializer.spec(), fan, values, histogram, initializer.value().distribution(fan));
  }

  private void validate() {
    if (fanIn < 1 || fanOut < 1) {
      throw new IllegalArgumentException(
          "--fan-in " + fanIn + " --fan-out " + fanOut + ": both must be whole numbers >= 1");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("--n " + count + ": expected a whole number in [1, " + MAX_COUNT + "]");
    }
    if (bins < 1 || bins > 1000) {
      throw new IllegalArgumentException("--bins " + bins + ": expected a whole number in [1, 1000]");
    }
    HeapCheck.require(MemoryEstimate.ofSamples(count), "--n " + count);
  }

  /** Fills fan-shaped weight matrices one after another, as layers would be, until enough values. */
  private double[] draw(Initializer initializer, Fan fan) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj matrix = new DMatrixRMaj(fan.out(), fan.in());
    double[] values = new double[(int) count];
    int filled = 0;
    while (filled < values.length) {
      initializer.initialize(matrix, fan, random);
      int take = Math.min(matrix.getNumElements(), values.length - filled);
      System.arraycopy(matrix.data, 0, values, filled, take);
      filled += take;
    }
    return values;
  }

  private static void printStatistics(PrintWriter out, double[] values, Optional<ValueDistribution> declared) {
    Stats sample = Stats.of(values);
    out.println();
    out.printf(Locale.ROOT, "  %-6s %14s %14s%n", "", "sample", declared.isPresent() ? "theory" : "");
    row(out, "mean", sample.mean(), declared.map(ValueDistribution::mean));
    row(out, "std", sample.std(), declared.map(d -> Math.sqrt(d.variance())));
    row(out, "min", sample.min(), declared.map(ValueDistribution::lower));
    row(out, "max", sample.max(), declared.map(ValueDistribution::upper));
    out.printf(Locale.ROOT, "  %-6s %14d%n", "count", values.length);
    if (declared.isEmpty()) {
      out.println("  (this initializer's values are not independent draws: no per-value theory)");
    }
  }

  private static void row(PrintWriter out, String name, double sample, Optional<Double> theory) {
    out.printf(Locale.ROOT, "  %-6s %14.6g %14s%n", name, sample,
        theory.map(t -> String.format(Locale.ROOT, "%.6g", t)).orElse(""));
  }

  private void writeFiles(
      String title, Fan fan, double[] values, Histogram histogram, Optional<ValueDistribution> declared) {
    try {
      byte[] pngBytes = png == null ? null : pngOf(title, fan, histogram, declared);
      String csvText = csv == null ? null : csvOf(values);
      if (pngBytes != null) {
        AtomicFiles.write(png, pngBytes);
        spec.commandLine().getOut().println("wrote " + png);
      }
      if (csvText != null) {
        AtomicFiles.write(csv, csvText);
        spec.commandLine().getOut().println("wrote " + csv);
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot write the output: " + e, 1, e);
    }
  }

  private static byte[] pngOf(
      String title, Fan fan, Histogram histogram, Optional<ValueDistribution> declared) throws IOException {
    XYChart chart = HistogramPng.chart(
        title + " — " + fan, "weight value", List.of(new HistogramPng.Series("sample", histogram)));
    if (declared.isPresent()) {
      ValueDistribution distribution = declared.get();
      double step = histogram.binWidth() / 20;
      HistogramPng.addDensity(chart, "declared density",
          x -> (distribution.cdf(x + step) - distribution.cdf(x - step)) / (2 * step),
          histogram.low(), histogram.high());
    }
    return HistogramPng.png(chart);
  }

  private static String csvOf(double[] values) {
    StringBuilder text = new StringBuilder(values.length * 12).append("value\n");
    for (double value : values) {
      text.append(value).append('\n');
    }
    return text.toString();
  }
}
