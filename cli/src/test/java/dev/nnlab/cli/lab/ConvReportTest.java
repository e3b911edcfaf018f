package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison report of a ReLU convolution net, He against Xavier: per-layer rows for the
 * measured layers (the pooling layer is not one), and per-channel charts for the convolution.
 * Biases of −0.5 leave the faint background of the synthetic digits below zero, so part of every
 * channel's positions start dead and the charts have something to show.
 */
class ConvReportTest {

  static final String LAYERS = "conv(filters=6, kernel=5), max-pool(size=2), dense(units=20), dense(units=10)";

  @TempDir static Path directory;
  static List<ConfigurationResults> results;

  @BeforeAll
  static void writeAReport() throws Exception {
    String[] common = {"--layers", LAYERS, "--activation", "relu", "--output-activation", "softmax", "--cost",
        "log-likelihood", "--bias-init", "constant(value=-0.5)", "--eta", "0.1"};
    List<Configuration> configurations = List.of(
        ComparisonTest.configuration("he-normal", 1, with(common, "--init", "he-normal")),
        ComparisonTest.configuration("xavier-normal", 1, with(common, "--init", "xavier-normal")));
    List<RunResult> runs = new Comparison(ComparisonTest.DATA, ComparisonTest.PROBE, 2).run(configurations, r -> {});
    results = ConfigurationResults.group(configurations, runs);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("command", "nnlab compare --layers \"" + LAYERS + "\" --init he-normal,xavier-normal --activation relu");
    header.put("version", "test");
    header.put("dataSet", "synthetic");
    header.put("trainSize", 1000);
    header.put("probeSize", 200);
    header.put("epochs", 2);
    header.put("seeds", List.of(1));
    ReportWriter.write(directory, header, results, 2, 1);
  }

  private static String[] with(String[] common, String... more) {
    String[] all = java.util.Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, all, common.length, more.length);
    return all;
  }

  @Test
  void theMeasuredLayersKeepTheirPositionsAndTheConvolutionHasItsChannels() {
    for (ConfigurationResults config : results) {
      List<LayerPoint> start = config.runs().get(0).layers().get(0);
      assertThat(start).extracting(LayerPoint::layer).containsExactly(1, 3, 4);
      assertThat(start).extracting(LayerPoint::fan).containsExactly("1→6 5×5", "864→20", "20→10");
      assertThat(start.get(0).channels()).hasSize(6).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
      assertThat(start.get(1).channels()).isEmpty();
      assertThat(start.get(0).blockedKind()).isEqualTo("dead");
    }
  }

  @Test
  void thePageShowsEveryChannelChartAndNamesTheLayersByPosition() throws Exception {
    String html = Files.readString(directory.resolve("index.html"));
    for (int c = 1; c <= 2; c++) {
      assertThat(directory.resolve("config-" + c + "-channels-layer1.png")).exists();
      assertThat(html).contains("<img src=\"config-" + c + "-channels-layer1.png\"");
      BufferedImage chart = ImageIO.read(directory.resolve("config-" + c + "-channels-layer1.png").toFile());
      assertThat(chart.getWidth()).isEqualTo(ReportCharts.WIDTH);
    }
    assertThat(html).contains("<h3>Per channel</h3>", "<td>hidden layer 3</td>", "<td>output layer</td>", "1→6 5×5")
        .doesNotContain("hidden layer 2");
  }

  @Test
  void resultsJsonHasEveryChannelOfTheConvolution() throws Exception {
    JsonNode layers = new ObjectMapper().readTree(directory.resolve("results.json").toFile())
        .get("configurations").get(0).get("runs").get(0).get("epochs").get(0).get("layers");
    assertThat(layers).hasSize(3);
    assertThat(layers.get(0).get("layer").asInt()).isEqualTo(1);
    assertThat(layers.get(0).get("channels")).hasSize(6);
    assertThat(layers.get(1).has("channels")).isFalse();
    assertThat(layers.get(0).get("channels").get(0).asDouble())
        .isEqualTo(results.get(0).runs().get(0).layers().get(0).get(0).channels().get(0));
  }

  /** Renders the page in headless Chromium; the screenshot is kept in target/ to be looked at. */
  @Test
  void aRealBrowserRendersThePage() throws Exception {
    String chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
        .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium) — the page was not rendered");
    Path profile = Files.createTempDirectory("nnlab-chromium");
    Path shot = Path.of("target", "conv-report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--screenshot=" + shot, "--window-size=1280,5200",
        directory.resolve("index.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    // The channel charts sit in the lower part of the page: it must be painted there too.
    long coloured = 0;
    for (int y = image.getHeight() / 2; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          coloured++;
        }
      }
    }
    assertThat(coloured).isGreaterThan(1000);
  }
}
