package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleCommandTest {

  @TempDir Path temp;

  private static double statistic(String out, String name, int column) {
    Matcher row = Pattern.compile("(?m)^  " + name + "\\s+(\\S+)\\s*(\\S*)$").matcher(out);
    assertThat(row.find()).as("a '%s' row in%n%s", name, out).isTrue();
    return Double.parseDouble(row.group(column));
  }

  /** 100,000 N(0,1) draws: the mean's standard error is 0.0032, the std's about 0.0022. */
  @Test
  void randnPrintsMeanAndStdCloseToTheTheory() {
    CommandResult result = CommandResult.run("sample", "--init", "randn", "--n", "100000", "--seed", "5");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(statistic(result.out(), "mean", 1)).isCloseTo(0, within(5 * 0.0032));
    assertThat(statistic(result.out(), "std", 1)).isCloseTo(1, within(5 * 0.0023));
    assertThat(statistic(result.out(), "mean", 2)).isEqualTo(0);
    assertThat(statistic(result.out(), "std", 2)).isEqualTo(1);
  }

  /** U[0,1): mean 1/2 (standard error 0.00091 for 100,000), std sqrt(1/12) = 0.288675. */
  @Test
  void randMatchesNumpysUniform() {
    CommandResult result = CommandResult.run("sample", "--init", "rand", "--seed", "2");

    assertThat(statistic(result.out(), "mean", 1)).isCloseTo(0.5, within(5 * 0.00092));
    assertThat(statistic(result.out(), "std", 1)).isCloseTo(Math.sqrt(1 / 12.0), within(0.003));
    assertThat(statistic(result.out(), "min", 1)).isGreaterThanOrEqualTo(0);
    assertThat(statistic(result.out(), "max", 1)).isLessThan(1);
  }

  @Test
  void writesAValidPngAndACsvWithOneLinePerValue() throws IOException {
    Path png = temp.resolve("charts/randn.png");
    Path csv = temp.resolve("values.csv");

    CommandResult result = CommandResult.run("sample", "--init", "xavier-normal", "--n", "1234",
        "--png", png.toString(), "--csv", csv.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(100);
    assertThat(image.getHeight()).isGreaterThan(100);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("value");
    assertThat(lines.subList(1, lines.size())).hasSize(1234).allSatisfy(line -> Double.parseDouble(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "50000001"})
  void anInvalidCountExits2WithOneLineAndWritesNothing(String count) throws IOException {
    CommandResult result = CommandResult.run("sample", "--init", "randn", "--n", count,
        "--png", temp.resolve("h.png").toString(), "--csv", temp.resolve("v.csv").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList()).containsExactly(
        "nnlab: --n " + count + ": expected a whole number in [1, 50000000]");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anUnknownInitializerNamesTheClosestOne() {
    CommandResult result = CommandResult.run("sample", "--init", "xavier-norml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: unknown initializer 'xavier-norml'. Did you mean 'xavier-normal'?");
  }
}
