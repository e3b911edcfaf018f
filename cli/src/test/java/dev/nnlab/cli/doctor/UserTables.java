package dev.nnlab.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * CSV files the doctor's tests write for themselves, each from a fixed seed.
 *
 * <p>{@code iris.csv} has the shape of Fisher's iris table: 150 rows, 50 per species, of sepal and
 * petal length and width drawn from normal distributions with the per-species means and standard
 * deviations of the classic table (so the features are on the same scales as the real ones: sepal
 * length about 4-8 cm, petal width 0.1-2.5 cm), and string labels.
 */
public final class UserTables {

  private static final String[] SPECIES = {"setosa", "versicolor", "virginica"};
  private static final double[][] MEANS = {
    {5.006, 3.428, 1.462, 0.246}, {5.936, 2.770, 4.260, 1.326}, {6.588, 2.974, 5.552, 2.026}
  };
  private static final double[][] STDS = {
    {0.352, 0.379, 0.174, 0.105}, {0.516, 0.314, 0.470, 0.198}, {0.636, 0.322, 0.552, 0.275}
  };

  private UserTables() {}

  public static Path iris(Path directory) throws IOException {
    SplittableRandom random = new SplittableRandom(150);
    StringBuilder csv = new StringBuilder("sepal_length,sepal_width,petal_length,petal_width,species\n");
    for (int s = 0; s < 3; s++) {
      for (int i = 0; i < 50; i++) {
        for (int j = 0; j < 4; j++) {
          double v = Math.max(0.1, MEANS[s][j] + STDS[s][j] * gaussian(random));
          csv.append(String.format(Locale.ROOT, "%.1f,", v));
        }
        csv.append(SPECIES[s]).append('\n');
      }
    }
    return write(directory.resolve("iris.csv"), csv);
  }

  /** Standard-normal features and labels drawn independently of them: nothing to learn. */
  public static Path noise(Path directory) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("x1,x2,x3,x4,x5,x6,x7,x8,label\n");
    for (int i = 0; i < 600; i++) {
      for (int j = 0; j < 8; j++) {
        csv.append(String.format(Locale.ROOT, "%.4f,", gaussian(random)));
      }
      csv.append(random.nextInt(3)).append('\n');
    }
    return write(directory.resolve("noise.csv"), csv);
  }

  /**
   * Two informative features measured in thousands (the class is which side of a line the point
   * lies on), as raw sensor readings or prices come: learnable, but not on unit scale.
   */
  public static Path scaled(Path directory) throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("a,b,class\n");
    for (int i = 0; i < 600; i++) {
      double a = gaussian(random);
      double b = gaussian(random);
      csv.append(String.format(Locale.ROOT, "%.2f,%.2f,%d%n", 5000 + 1000 * a, 2000 + 1000 * b, a + b > 0 ? 1 : 0));
    }
    return write(directory.resolve("scaled.csv"), csv);
  }

  /** XOR: the class is whether x1 and x2 have the same sign; no straight line separates it. */
  public static Path xor(Path directory) throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    StringBuilder csv = new StringBuilder("x1,x2,label\n");
    for (int i = 0; i < 600; i++) {
      double x1 = 2 * random.nextDouble() - 1;
      double x2 = 2 * random.nextDouble() - 1;
      csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%d%n", x1, x2, x1 * x2 > 0 ? 1 : 0));
    }
    return write(directory.resolve("xor.csv"), csv);
  }

  /** y = 2·x1 − x2 + 0.5·x3 + noise of std 0.1, standard-normal x: a regression with signal. */
  public static Path linear(Path directory) throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder csv = new StringBuilder("x1,x2,x3,y\n");
    for (int i = 0; i < 500; i++) {
      double x1 = gaussian(random);
      double x2 = gaussian(random);
      double x3 = gaussian(random);
      double y = 2 * x1 - x2 + 0.5 * x3 + 0.1 * gaussian(random);
      csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f%n", x1, x2, x3, y));
    }
    return write(directory.resolve("linear.csv"), csv);
  }

  private static Path write(Path file, StringBuilder csv) throws IOException {
    Files.writeString(file, csv);
    return file;
  }

  /** Box–Muller, so the values depend on the seed alone. */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
