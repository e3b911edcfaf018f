package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders a report page in headless Chromium, as scripts/check-report.sh does, so a test sees what
 * a reader would: a page that loads but paints nothing, or paints only text, fails. Skips (with the
 * reason) where Chromium is not installed.
 */
public final class BrowserShot {

  private BrowserShot() {}

  /** A full-width screenshot, 1280 × {@code height} pixels, of {@code page}. */
  public static BufferedImage render(Path page, int height) throws IOException, InterruptedException {
    String chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
        .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium) — the page was not rendered");
    Path profile = Files.createTempDirectory("nnlab-chromium");
    Path shot = profile.resolve("shot.png");
    Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--screenshot=" + shot, "--window-size=1280," + height,
        page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image).as("chromium wrote a screenshot").isNotNull();
    return image;
  }

  /** Pixels (sampled every 4th in each direction) of a clear colour, not grey: charts, badges, rules. */
  public static long colouredPixels(BufferedImage image, int fromY, int toY) {
    long coloured = 0;
    for (int y = fromY; y < Math.min(toY, image.getHeight()); y += 4) {
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
    return coloured;
  }
}
