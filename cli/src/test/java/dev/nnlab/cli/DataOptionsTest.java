package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.DataSource;
import dev.nnlab.network.data.FetchListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DataOptionsTest {

  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Mixin TrainingDataOptions data;

    @Override
    public void run() {}
  }

  @TempDir Path cache;

  private static TrainingDataOptions parse(String... args) {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs(args);
    return probe.data;
  }

  @Test
  void defaultsToMnistFromTheCache() {
    TrainingDataOptions options = parse();
    assertThat(options.definition()).isSameAs(DataSetDefinition.MNIST);
    assertThat(options.directory).isNull();
    assertThat(options.trainSize).isNull();
  }

  @Test
  void parsesTheDataSetDirectoryAndTrainSize() {
    TrainingDataOptions options = parse("--dataset", "fashion-mnist", "--data", "/d", "--train-size", "5000");
    assertThat(options.definition()).isSameAs(DataSetDefinition.FASHION_MNIST);
    assertThat(options.directory).isEqualTo(Path.of("/d"));
    assertThat(options.trainSize).isEqualTo(5000);
  }

  @Test
  void refusesANonPositiveTrainSizeBeforeLoading() {
    DataSetLoader loader = new DataSetLoader(cache, dataSet -> List.of());
    assertThatThrownBy(() -> parse("--train-size", "0").load(loader, FetchListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--train-size 0: expected a positive number of images");
  }

  @Test
  void turnsUnavailableDataIntoAUserFacingFailure() {
    DataSource down =
        new DataSource() {
          @Override
          public String description() {
            return "mirror down";
          }

          @Override
          public java.util.Map<dev.nnlab.network.data.DataFile, Path> fetch(
              DataSetDefinition dataSet,
              java.util.Set<dev.nnlab.network.data.DataFile> wanted,
              Path staging,
              FetchListener listener)
              throws IOException {
            throw new IOException("cannot resolve the host name");
          }
        };
    DataSetLoader loader = new DataSetLoader(cache, dataSet -> List.of(down));

    assertThatThrownBy(() -> parse().load(loader, FetchListener.NONE))
        .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
        .hasMessageContaining("  - mirror down: cannot resolve the host name")
        .hasMessageContaining("--data DIR");
  }
}
