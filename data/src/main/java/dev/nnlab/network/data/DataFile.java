package dev.nnlab.network.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The four files of an MNIST-style data set, by their standard names (without {@code .gz}). */
public enum DataFile {
  TRAIN_IMAGES("train-images-idx3-ubyte", 3),
  TRAIN_LABELS("train-labels-idx1-ubyte", 1),
  TEST_IMAGES("t10k-images-idx3-ubyte", 3),
  TEST_LABELS("t10k-labels-idx1-ubyte", 1);

  private final String fileName;
  private final int rank;

  DataFile(String fileName, int rank) {
    this.fileName = fileName;
    this.rank = rank;
  }

  /** The standard name, e.g. {@code train-images-idx3-ubyte}; a directory may hold it plain or with {@code .gz}. */
  public String fileName() {
    return fileName;
  }

  /** The number of dimensions its IDX header must declare. */
  public int rank() {
    return rank;
  }

  /** The file in {@code directory}: the plain name if present, else the {@code .gz} one. */
  public Optional<Path> locate(Path directory) {
    for (String name : new String[] {fileName, fileName + ".gz"}) {
      Path candidate = directory.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Deletes this file from {@code directory} in both spellings. */
  void deleteFrom(Path directory) throws IOException {
    Files.deleteIfExists(directory.resolve(fileName));
    Files.deleteIfExists(directory.resolve(fileName + ".gz"));
  }
}
