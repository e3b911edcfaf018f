package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir static Path directory;
  static List<ConfigurationResults> results;

  @BeforeAll
  static void writeAReport() throws Exception {
    List<Configuration> configurations = List.of(
        ComparisonTest.configuration("rand", 2, "--init", "rand", "--bias-init", "rand"),
        ComparisonTest.configuration("randn", 2, "--init", "randn"),
        ComparisonTest.configuration("xavier-normal", 2, "--init", "xavier-normal"));
    List<RunResult> runs = new Comparison(ComparisonTest.DATA, ComparisonTest.PROBE, 2).run(configurations, r -> {});
    results = ConfigurationResults.group(configurations, runs);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("command", "nnlab compare --init rand,randn,xavier-normal --out <dir>");
    header.put("version", "test");
    header.put("dataSet", "synthetic");
    header.put("trainSize", 1000);
    header.put("probeSize", 200);
    header.put("epochs", 2);
    header.put("seeds", List.of(1, 2));
    ReportWriter.write(directory, header, results, 2, 2);
  }

  @Test
  void everyImageThePageShowsExistsAndEveryChartIsShown() throws Exception {
    String html = Files.readString(directory.resolve("index.html"));
    Matcher images = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    int shown = 0;
    while (images.find()) {
      Path png = directory.resolve(images.group(1));
      assertThat(png).exists();
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isGreaterThan(300);
      shown++;
    }
    try (var files = Files.list(directory)) {
      assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(shown).isEqualTo(1 + 3 * 4);
    }
  }

  @Test
  void thePageIsSelfContained() throws Exception {
    String html = Files.readString(directory.resolve("index.html"));
    assertThat(html).doesNotContain("<script", "http://", "https://", "<link", "@import", "url(");
    assertThat(html).contains("<style>");
  }

  @Test
  void resultsJsonHoldsEveryRunConsistentWithItsEpochs() throws Exception {
    JsonNode root = new ObjectMapper().readTree(directory.resolve("results.json").toFile());
    JsonNode configurations = root.get("configurations");
    assertThat(configurations).hasSize(3);
    for (int c = 0; c < 3; c++) {
      JsonNode config = configurations.get(c);
      ConfigurationResults expected = results.get(c);
      assertThat(config.get("label").asText()).isEqualTo(expected.label());
      JsonNode runs = config.get("runs");
      assertThat(runs).hasSize(2);
      double sum = 0;
      for (int r = 0; r < 2; r++) {
        JsonNode run = runs.get(r);
        JsonNode accuracy = run.get("testAccuracy");
        assertThat(accuracy).hasSize(3);
        assertThat(run.get("finalAccuracy").asDouble()).isEqualTo(accuracy.get(2).asDouble());
        assertThat(accuracy.get(2).asDouble()).isEqualTo(expected.runs().get(r).finalAccuracy());
        assertThat(run.get("trainingCost").get(0).isNull()).isTrue();
        assertThat(run.get("epochs")).hasSize(3);
        assertThat(run.get("epochs").get(0).get("layers")).hasSize(2);
        sum += accuracy.get(2).asDouble();
      }
      assertThat(config.get("finalAccuracyMean").asDouble()).isCloseTo(sum / 2, within(1e-12));
    }
    assertThat(configurations.get(0).get("runs").get(0).get("epochs").get(0).get("layers").get(0)
        .get("saturated").asDouble()).isEqualTo(1.0);
  }

  @Test
  void theSummaryNamesEveryConfigurationAndSaysWhichDidNotLearn() throws Exception {
    JsonNode root = new ObjectMapper().readTree(directory.resolve("results.json").toFile());
    String summary = root.get("summary").asText();
    assertThat(summary).contains("rand ", "randn ", "xavier-normal ");
    assertThat(summary).contains("rand did not learn");
    assertThat(Files.readString(directory.resolve("index.html"))).contains(ReportWriter.esc(summary));
  }

  /** A sweep's dozen long labels once made one legend row that ran off both edges of the accuracy chart. */
  @Test
  void aSweepsManyConfigurationsAreListedInTheLegendWithinTheChart() throws Exception {
    ConfigurationResults one = results.get(0);
    List<ConfigurationResults> many = IntStream.range(0, 12).mapToObj(i -> new ConfigurationResults(new Configuration(
        "init=xavier-normal, activation=leaky-relu, eta=" + i, one.configuration().values(),
        one.configuration().setups()), one.runs())).toList();

    BufferedImage few = ImageIO.read(new ByteArrayInputStream(ReportCharts.accuracy(results, 2)));
    BufferedImage listed = ImageIO.read(new ByteArrayInputStream(ReportCharts.accuracy(many, 2)));

    assertThat(few.getHeight()).as("three short labels keep one row").isEqualTo(ReportCharts.HEIGHT);
    assertThat(listed.getHeight()).as("a line per configuration").isGreaterThanOrEqualTo(ReportCharts.HEIGHT + 12 * 15);
    for (int y = 0; y < listed.getHeight(); y++) {
      assertThat(listed.getRGB(0, y) & 0xffffff).as("left edge, row %d", y).isEqualTo(0xffffff);
      assertThat(listed.getRGB(listed.getWidth() - 1, y) & 0xffffff).as("right edge, row %d", y).isEqualTo(0xffffff);
    }
  }

  @Test
  void aRealBrowserRendersThePage() throws Exception {
    BufferedImage image = BrowserShot.render(directory.resolve("index.html"), 2400);
    assertThat(image.getWidth()).isEqualTo(1280);
    // The summary box's blue rule and the accuracy chart must both be painted (not a blank page).
    assertThat(BrowserShot.colouredPixels(image, 0, image.getHeight())).isGreaterThan(2000);
  }
}
