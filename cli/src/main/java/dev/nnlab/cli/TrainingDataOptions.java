package dev.nnlab.cli;

import picocli.CommandLine.Option;

/**
 * {@link DataOptions} plus {@code --train-size}, for the commands that train on the part of the
 * training set the user chooses (train, audit, compare, doctor, sweep) and for {@code data},
 * which shows what such a run would see.
 */
public final class TrainingDataOptions extends DataOptions {

  @Option(
      names = "--train-size",
      paramLabel = "N",
      description = "Train on only the first N of the 50,000 training images (for quick runs).")
  Integer trainSize;

  @Override
  Integer trainSize() {
    return trainSize;
  }
}
