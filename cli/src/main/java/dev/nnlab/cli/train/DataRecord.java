package dev.nnlab.cli.train;

import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.Samples;
import dev.nnlab.network.data.VerifiedFile;
import dev.nnlab.network.io.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a run's manifest says about its data: which data set or files, where they came from, the
 * size of each part and the SHA-256 of every file read, so that a run can be traced to its bytes.
 *
 * @param dataset the data set's name ({@code mnist}) or the file's ({@code iris.csv})
 * @param origin how it was obtained: a known data set's source, or {@code csv file}, {@code idx files}
 * @param directory where its files are
 * @param train training examples
 * @param validation validation examples (0 when there is no validation part)
 * @param test held-out examples
 * @param classes the number of classes, 0 for regression
 * @param files every file read, with its SHA-256
 */
public record DataRecord(
    String dataset, String origin, Path directory, int train, int validation, int test, int classes,
    List<FileHash> files) {

  /**
   * One file read.
   *
   * @param name its name in the data set ({@code train-images-idx3-ubyte}, {@code iris.csv})
   * @param path where it was read
   * @param sha256 lower-case hex SHA-256 of its (decompressed) content
   */
  public record FileHash(String name, Path path, String sha256) {}

  public DataRecord {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(directory, "directory");
    files = List.copyOf(files);
  }

  /** A known data set, its files verified against their pinned hashes. */
  public static DataRecord of(DataSet data) {
    return new DataRecord(data.dataSet().id(), data.origin(), data.directory(), data.train().size(),
        data.validation().size(), data.test().size(), Samples.CLASSES, data.files().stream()
            .map(DataRecord::hash).toList());
  }

  private static FileHash hash(VerifiedFile file) {
    return new FileHash(file.file().fileName(), file.path(), file.sha256());
  }

  /** A new SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  /** The file's SHA-256, read in one streaming pass (no copy of it is kept). */
  public static FileHash hash(Path path) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + IoReasons.reason(e), e);
    }
    return new FileHash(path.getFileName().toString(), path, HexFormat.of().formatHex(digest.digest()));
  }

  /** The same files with other part sizes (after a cut to the first N examples). */
  public DataRecord withSizes(int trainSize, int testSize) {
    return new DataRecord(dataset, origin, directory, trainSize, validation, testSize, classes, files);
  }
}
