package dev.nnlab.cli;

import dev.nnlab.network.data.DataFile;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.DataUnavailableException;
import dev.nnlab.network.data.FetchListener;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The data-set options every command that needs data shares ({@code @Mixin DataOptions data;}):
 * which data set and an optional directory holding its files. The commands that train on a part
 * of the training set of their own choosing use {@link TrainingDataOptions}, which adds
 * {@code --train-size}; reproduce, whose experiments choose their own training images, does not
 * offer it, so its help does not list an option it would refuse.
 */
public class DataOptions {

  static final int PINNED_TRAINING_IMAGES = 60_000;

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

  /** The limit on the training part ({@code --train-size}), or null for all of it. */
  Integer trainSize() {
    return null;
  }

  /** The chosen data set. */
  public DataSetDefinition definition() {
    return DataSetDefinition.byName(dataset);
  }

  /**
   * Checks the values that need no data: the data set's name and {@code --train-size}, whose
   * bound is known before anything is fetched.
   *
   * @throws IllegalArgumentException naming the option, its value and what is allowed
   */
  void validate() {
    DataSetDefinition definition = definition();
    Integer trainSize = trainSize();
    if (trainSize != null && trainSize < 1) {
      throw new IllegalArgumentException("--train-size " + trainSize + ": expected a positive number of images");
    }
    if (trainSize != null && trainSize > trainingPart(definition)) {
      throw new IllegalArgumentException("--train-size " + trainSize + ": train size " + trainSize
          + " is out of range; expected 1 to " + trainingPart(definition) + " (the " + definition.id()
          + " training part)");
    }
  }

  /**
   * The files this run reads, which no output may overwrite: the data set's files in the --data
   * directory and in the cache.
   */
  List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    List<Path> directories = new ArrayList<>();
    if (directory != null) {
      directories.add(directory);
    }
    try {
      directories.add(DataSetLoader.standard().cacheDirectory(definition()));
    } catch (IllegalArgumentException e) {
      // an unknown --dataset is reported where it is resolved
    }
    for (Path dir : directories) {
      for (DataFile file : DataFile.values()) {
        file.locate(dir).ifPresent(inputs::add);
      }
    }
    return inputs;
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
    validate();
    DataSet data;
    try {
      data = directory != null ? loader.fromDirectory(definition, directory) : loader.load(definition, listener);
    } catch (DataUnavailableException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    } catch (UncheckedIOException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
    Integer trainSize = trainSize();
    if (trainSize != null) {
      try {
        data = data.withTrainSize(trainSize);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--train-size " + trainSize + ": " + e.getMessage(), e);
      }
    }
    return data;
  }

  /**
   * The size of the training part, known before anything is fetched: every data set nnlab pins
   * has {@value #PINNED_TRAINING_IMAGES} training images (the pinned SHA-256 fixes the count).
   */
  static int trainingPart(DataSetDefinition definition) {
    return PINNED_TRAINING_IMAGES - definition.validationSize();
  }
}
