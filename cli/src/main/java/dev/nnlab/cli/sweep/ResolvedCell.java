package dev.nnlab.cli.sweep;

import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.data.DataSetDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * A run's setup and the data it trains on: a known data set (loaded once per sweep by the
 * executor), or the user's own files, already read.
 *
 * @param setup the validated setup
 * @param dataSet the known data set, or null for the user's own data
 * @param trainSize train on the first this many training images of the known data set, or null for all
 * @param userData the user's own data ({@code --dataset csv:PATH} or {@code idx:DIR}), if that is what it trains on
 */
public record ResolvedCell(
    TrainingSetup setup, DataSetDefinition dataSet, Integer trainSize, Optional<UserData> userData) {

  /**
   * The user's own data as read for a run.
   *
   * @param key the same for every run that reads the same data the same way (file, label column,
   *     task, split and, for a CSV split from the seed, the seed)
   * @param data the training and test examples
   */
  public record UserData(String key, TrainingData data) {
    public UserData {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(data, "data");
    }
  }

  public ResolvedCell {
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(userData, "userData");
    if ((dataSet == null) == userData.isEmpty()) {
      throw new IllegalArgumentException("a run trains on a known data set or on the user's data, not both or none");
    }
  }

  /** A run on a known data set. */
  public static ResolvedCell known(TrainingSetup setup, DataSetDefinition dataSet, Integer trainSize) {
    return new ResolvedCell(setup, dataSet, trainSize, Optional.empty());
  }

  /** A run on the user's own data. */
  public static ResolvedCell user(TrainingSetup setup, UserData data) {
    return new ResolvedCell(setup, null, null, Optional.of(data));
  }
}
