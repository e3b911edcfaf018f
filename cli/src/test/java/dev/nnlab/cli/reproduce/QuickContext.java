package dev.nnlab.cli.reproduce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The quick form of every experiment on the real MNIST files named by NNLAB_TEST_MNIST, loaded
 * once per test JVM; two seeds, two threads. Without the files the experiment tests are skipped.
 */
final class QuickContext {

  private static DataSet mnist;

  private QuickContext() {}

  static ExperimentContext of() {
    return new ExperimentContext(mnist(), PluginCatalog.standard(), List.of(1L, 2L), true, 2, line -> {});
  }

  static synchronized DataSet mnist() {
    if (mnist == null) {
      String directory = System.getenv("NNLAB_TEST_MNIST");
      assumeTrue(directory != null && Files.isDirectory(Path.of(directory)),
          "NNLAB_TEST_MNIST does not name a directory of the real MNIST files");
      mnist = DataSetLoader.standard().fromDirectory(DataSetDefinition.MNIST, Path.of(directory));
    }
    return mnist;
  }

  /** The check whose quantity starts with {@code prefix}. */
  static Check check(ExperimentResult result, String prefix) {
    return result.checks().stream().filter(c -> c.quantity().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no check '" + prefix + "' in " + result.checks()));
  }
}
