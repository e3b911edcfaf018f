package dev.nnlab.cli;

import dev.nnlab.core.layer.Shape;
import dev.nnlab.cli.train.DataRecord;
import dev.nnlab.cli.train.DataShape;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.Examples;
import dev.nnlab.network.data.IdxArray;
import dev.nnlab.network.data.IdxReader;
import dev.nnlab.network.data.SampleExamples;
import dev.nnlab.network.data.Samples;
import dev.nnlab.network.table.CsvReader;
import dev.nnlab.network.table.Split;
import dev.nnlab.network.table.Standardization;
import dev.nnlab.network.table.Table;
import dev.nnlab.network.table.TableExamples;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The user's own data, beside {@code --dataset mnist|fashion-mnist}: {@code --dataset csv:PATH} (a
 * table with a header; one column is the label) or {@code --dataset idx:DIR} (any four IDX files).
 * Features are never rescaled unless {@code --standardize} asks for it.
 */
public final class UserDataOptions {

  static final String CSV = "csv:";
  static final String IDX = "idx:";

  @Option(names = "--label-column", paramLabel = "NAME|INDEX",
      description = "With --dataset csv:PATH: the column holding the label (its header name, or its index from 0).")
  String labelColumn;

  @Option(names = "--task", paramLabel = "KIND", defaultValue = "classification",
      description = "With a CSV: classification (integer or string labels) or regression (a number to predict)."
          + " Default: ${DEFAULT-VALUE}.")
  String task;

  @Option(names = "--test-fraction", paramLabel = "X", defaultValue = "0.2",
      description = "With a CSV and no --test: the share of rows held out, stratified by class, drawn from --seed."
          + " Default: ${DEFAULT-VALUE}.")
  double testFraction;

  @Option(names = "--test", paramLabel = "csv:PATH",
      description = "With a CSV: a second file with the same columns to test on, instead of a split.")
  String test;

  @Option(names = "--standardize",
      description = "Scale every feature to mean 0, std 1 (fitted on the training rows). Never done unasked.")
  boolean standardize;

  /** Whether {@code --task regression} was asked for. */
  boolean regression() {
    return task.equals("regression");
  }

  /** The files this run reads, which no output may overwrite. */
  List<Path> inputs(DataOptions data) {
    List<Path> files = new ArrayList<>();
    if (data.dataset.startsWith(CSV)) {
      files.add(Path.of(data.dataset.substring(CSV.length())));
    }
    if (test != null && test.startsWith(CSV)) {
      files.add(Path.of(test.substring(CSV.length())));
    }
    return files;
  }

  /** Whether {@code --dataset} names the user's own data rather than a known data set. */
  static boolean isUserData(DataOptions data) {
    return data.dataset.startsWith(CSV) || data.dataset.startsWith(IDX);
  }

  /**
   * Loads what {@code --dataset} names.
   *
   * @param testSize keep only the first N test examples, or null for all
   * @param seed the seed of a CSV's split
   */
  TrainingData load(DataOptions data, Integer testSize, long seed, PrintWriter err) {
    if (testSize != null && testSize < 1) {
      throw new IllegalArgumentException("--test-size " + testSize + ": expected a positive number of examples");
    }
    check(data);
    TrainingData loaded;
    if (data.dataset.startsWith(CSV)) {
      loaded = csv(Path.of(data.dataset.substring(CSV.length())), seed);
    } else if (data.dataset.startsWith(IDX)) {
      loaded = idx(Path.of(data.dataset.substring(IDX.length())));
    } else {
      AuditCommand.definition(data);
      DataSet known = data.load(err);
      loaded = TrainingData.of(known);
    }
    if (data.trainSize() != null && isUserData(data)) {
      if (data.trainSize() < 1) {
        throw new IllegalArgumentException("--train-size " + data.trainSize() + ": expected a positive number");
      }
      loaded = loaded.cut(head("--train-size", loaded.train(), data.trainSize()), loaded.test(),
          loaded.description() + ", training on the first " + data.trainSize());
    }
    if (testSize != null) {
      loaded = loaded.cut(loaded.train(), head("--test-size", loaded.test(), testSize),
          loaded.description() + ", tested on the first " + testSize);
    }
    return loaded;
  }

  /** Refuses the options that apply to a CSV only when {@code --dataset} names something else. */
  void check(DataOptions data) {
    if (!data.dataset.startsWith(CSV) && (labelColumn != null || test != null || !task.equals("classification"))) {
      throw new IllegalArgumentException("--label-column, --task and --test apply to --dataset csv:PATH only; got"
          + " --dataset " + data.dataset);
    }
    if (standardize && !data.dataset.startsWith(CSV)) {
      throw new IllegalArgumentException("--standardize applies to --dataset csv:PATH only (images are already"
          + " scaled to [0, 1]); got --dataset " + data.dataset);
    }
  }

  /**
   * What makes one reading of the user's data differ from another: the same key, the same
   * examples. A CSV split from the seed (no {@code --test}) differs per seed.
   */
  String key(DataOptions data, long seed) {
    boolean splitBySeed = data.dataset.startsWith(CSV) && test == null;
    return String.join("\u0000", data.dataset, String.valueOf(labelColumn), task, String.valueOf(testFraction),
        String.valueOf(test), String.valueOf(standardize), String.valueOf(data.trainSize()),
        splitBySeed ? String.valueOf(seed) : "");
  }

  private TrainingData csv(Path file, long seed) {
    boolean regression = switch (task) {
      case "classification" -> false;
      case "regression" -> true;
      default -> throw new IllegalArgumentException("--task " + task + ": expected classification or regression");
    };
    if (labelColumn == null) {
      throw new IllegalArgumentException("--dataset csv:" + file + ": needs --label-column NAME|INDEX, the column to"
          + " predict");
    }
    requireFile("--dataset csv:", file);
    Table table = read(file, regression, null);
    List<DataRecord.FileHash> files = new ArrayList<>(List.of(hash(file)));
    TableExamples train;
    TableExamples held;
    String how;
    if (test != null) {
      if (!test.startsWith(CSV)) {
        throw new IllegalArgumentException("--test " + test + ": expected csv:PATH");
      }
      Path testFile = Path.of(test.substring(CSV.length()));
      requireFile("--test csv:", testFile);
      Table testTable = read(testFile, regression, regression ? null : table.classes());
      files.add(hash(testFile));
      if (!testTable.features().equals(table.features())) {
        throw new IllegalArgumentException("--test " + test + ": its feature columns " + testTable.features()
            + " differ from the training file's " + table.features());
      }
      Standardization scaling = scaling(table, Split.all(table));
      train = new TableExamples(table, Split.all(table), scaling);
      held = new TableExamples(testTable, Split.all(testTable), scaling);
      how = "tested on " + testFile.getFileName();
    } else {
      Split split = Split.of(table, testFraction, seed);
      Standardization scaling = scaling(table, split.train());
      train = new TableExamples(table, split.train(), scaling);
      held = new TableExamples(table, split.test(), scaling);
      how = String.format(Locale.ROOT, "%.0f %% held out%s", 100 * testFraction, regression ? "" : ", stratified");
    }
    int outputs = regression ? 1 : table.classes().size();
    String name = file.getFileName().toString();
    String description = String.format(Locale.ROOT, "%s: %,d training rows, %,d test rows (%s), %d features, %s%s",
        name, train.size(), held.size(), how, table.width(),
        regression ? "regression" : table.classes().size() + " classes " + table.classes(),
        standardize ? ", standardized" : "");
    Path directory = file.toAbsolutePath().getParent();
    return new TrainingData(new DataShape(name, Shape.flat(table.width()), outputs, "row"), train, held,
        Optional.empty(), regression ? 0 : outputs, description,
        new DataRecord(name, "csv file", directory, train.size(), 0, held.size(),
            regression ? 0 : outputs, files));
  }

  private Standardization scaling(Table table, int[] rows) {
    return standardize ? Standardization.fit(table, rows) : Standardization.none(table.width());
  }

  private static DataRecord.FileHash hash(Path file) {
    try {
      return DataRecord.hash(file);
    } catch (UncheckedIOException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  private Table read(Path file, boolean regression, List<String> classes) {
    try {
      return CsvReader.read(file, labelColumn, regression, classes);
    } catch (UncheckedIOException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  private static TrainingData idx(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("--dataset idx:" + directory + ": not a directory; expected one holding"
          + " train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte");
    }
    List<DataRecord.FileHash> files = new ArrayList<>();
    Samples train = samples(directory, "train", files);
    Samples test = samples(directory, "t10k", files);
    if (train.rows() != test.rows() || train.columns() != test.columns()) {
      throw new IllegalArgumentException("--dataset idx:" + directory + ": training images are " + train.rows() + "×"
          + train.columns() + " but test images are " + test.rows() + "×" + test.columns());
    }
    String name = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
    return new TrainingData(
        new DataShape(name, Shape.image(1, train.rows(), train.columns()), Samples.CLASSES, "image"),
        new SampleExamples(train), new SampleExamples(test), Optional.empty(), Samples.CLASSES,
        String.format(Locale.ROOT, "%s (IDX files, not checked against any hash): %,d training images, %,d test"
            + " images of %d×%d", directory, train.size(), test.size(), train.rows(), train.columns()),
        new DataRecord(name, "idx files", directory.toAbsolutePath(), train.size(), 0, test.size(),
            Samples.CLASSES, files));
  }

  /** One part's images and labels, adding both files with the SHA-256 of their content to {@code files}. */
  private static Samples samples(Path directory, String part, List<DataRecord.FileHash> files) {
    Path images = idxFile(directory, part + "-images-idx3-ubyte");
    Path labels = idxFile(directory, part + "-labels-idx1-ubyte");
    try {
      IdxArray x = read(images, 3, files);
      IdxArray y = read(labels, 1, files);
      return Samples.of(x, y);
    } catch (UncheckedIOException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  private static IdxArray read(Path file, int rank, List<DataRecord.FileHash> files) {
    MessageDigest digest = DataRecord.sha256();
    IdxArray array = IdxReader.read(file, rank, digest);
    files.add(new DataRecord.FileHash(file.getFileName().toString(), file, HexFormat.of().formatHex(digest.digest())));
    return array;
  }

  private static Path idxFile(Path directory, String name) {
    for (String candidate : new String[] {name, name + ".gz"}) {
      if (Files.isRegularFile(directory.resolve(candidate))) {
        return directory.resolve(candidate);
      }
    }
    throw new IllegalArgumentException("--dataset idx:" + directory + ": " + name + "[.gz] is missing; expected"
        + " the four files train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,"
        + " t10k-labels-idx1-ubyte");
  }

  private static void requireFile(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + file + ": no such file; expected a CSV file with a header line");
    }
  }

  private static Examples head(String option, Examples examples, int n) {
    if (n > examples.size()) {
      throw new IllegalArgumentException(option + " " + n + ": there are only " + examples.size() + " examples");
    }
    if (examples instanceof TableExamples t) {
      return t.head(n);
    }
    if (examples instanceof SampleExamples s) {
      return new SampleExamples(s.samples().head(n));
    }
    throw new IllegalArgumentException(option + " " + n + ": these examples cannot be cut");
  }
}
