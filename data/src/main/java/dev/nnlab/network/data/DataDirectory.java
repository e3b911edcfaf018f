package dev.nnlab.network.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a known data set from a directory holding its four IDX files (plain or gzip-compressed,
 * under their standard names), verifying each against its pinned SHA-256 while parsing it.
 */
final class DataDirectory {

  private DataDirectory() {}

  /** The files of the data set absent from {@code directory}. */
  static Set<DataFile> missing(Path directory) {
    Set<DataFile> missing = EnumSet.noneOf(DataFile.class);
    for (DataFile file : DataFile.values()) {
      if (file.locate(directory).isEmpty()) {
        missing.add(file);
      }
    }
    return missing;
  }

  /**
   * Reads and verifies the four files.
   *
   * @throws IllegalArgumentException if the directory or a file is missing
   * @throws IdxFormatException if a file is malformed
   * @throws ChecksumMismatchException if a file is not the pinned one
   */
  static DataSet read(DataSetDefinition dataSet, Path directory, String origin) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(directory + ": no such directory; expected a directory holding the four "
          + dataSet.id() + " IDX files (" + standardNames() + ", each plain or .gz)");
    }
    Set<DataFile> missing = missing(directory);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          directory + " lacks " + missing.stream().map(f -> f.fileName() + "[.gz]").collect(Collectors.joining(", "))
              + "; a " + dataSet.id() + " directory must hold " + standardNames() + " (each plain or .gz)");
    }
    List<VerifiedFile> verified = new ArrayList<>();
    IdxArray trainImages = readVerified(dataSet, directory, DataFile.TRAIN_IMAGES, verified);
    IdxArray trainLabels = readVerified(dataSet, directory, DataFile.TRAIN_LABELS, verified);
    IdxArray testImages = readVerified(dataSet, directory, DataFile.TEST_IMAGES, verified);
    IdxArray testLabels = readVerified(dataSet, directory, DataFile.TEST_LABELS, verified);
    return DataSet.split(
        dataSet,
        Samples.of(trainImages, trainLabels),
        Samples.of(testImages, testLabels),
        directory,
        origin,
        verified);
  }

  static String standardNames() {
    return java.util.Arrays.stream(DataFile.values()).map(DataFile::fileName).collect(Collectors.joining(", "));
  }

  private static IdxArray readVerified(DataSetDefinition dataSet, Path directory, DataFile file, List<VerifiedFile> verified) {
    Path path = file.locate(directory).orElseThrow();
    String expected = dataSet.sha256(file);
    Optional<IdxArray> known = VerifiedFileCache.get(path, expected);
    if (known.isPresent()) {
      verified.add(new VerifiedFile(file, path, expected));
      return known.get();
    }
    MessageDigest digest = IdxReader.sha256();
    IdxArray array = IdxReader.read(path, file.rank(), digest);
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equals(expected)) {
      throw new ChecksumMismatchException(path, dataSet.id() + " " + file.fileName(), expected, actual);
    }
    VerifiedFileCache.put(path, expected, array);
    verified.add(new VerifiedFile(file, path, actual));
    return array;
  }
}
