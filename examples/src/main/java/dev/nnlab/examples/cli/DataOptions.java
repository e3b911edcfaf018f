package dev.nnlab.examples.cli;

import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.DataUnavailableException;
import dev.nnlab.network.data.FetchListener;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The data-set options every command that needs data shares ({@code @Mixin DataOptions data;}):
 * which data set, an optional directory holding its files, and a limit on the training part.
 */
public final class DataOptions {

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      defaultValue = "mnist",
      description = "The data set: mnist or fashion-mnist (default: ${DEFAULT-VALUE}).")
  String dataset;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "A directory holding the data set's four IDX files (train-images-idx3-ubyte, ..., plain or .gz)."
              + " They are verified against the pinned SHA-256 values and used in place, not cached."
              + " Without it, the cache is used and filled automatically.")
  Path directory;

  @Option(
      names = "--train-size",
      paramLabel = "N",
      description = "Train on only the first N of the 50,000 training images (for quick runs).")
  Integer trainSize;

  /** The chosen data set. */
  public DataSetDefinition definition() {
    return DataSetDefinition.byName(dataset);
  }

  /** Obtains the data set as the options say, showing fetch progress on {@code err}. */
  public DataSet load(PrintWriter err) {
    return load(DataSetLoader.standard(), new ConsoleFetchListener(err, System.console() != null));
  }

  /**
   * Obtains the data set with the given loader.
   *
   * @throws IllegalArgumentException for a bad option value or a bad file in --data (exit code 2)
   * @throws UserFacingException when no source can provide the data (exit code 1)
   */
  DataSet load(DataSetLoader loader, FetchListener listener) {
    DataSetDefinition definition = definition();
    if (trainSize != null && trainSize < 1) {
      throw new IllegalArgumentException("--train-size " + trainSize + ": expected a positive number of images");
    }
    DataSet data;
    try {
      data = directory != null ? loader.fromDirectory(definition, directory) : loader.load(definition, listener);
    } catch (DataUnavailableException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    } catch (UncheckedIOException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
    if (trainSize != null) {
      try {
        data = data.withTrainSize(trainSize);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--train-size " + trainSize + ": " + e.getMessage(), e);
      }
    }
    return data;
  }
}
