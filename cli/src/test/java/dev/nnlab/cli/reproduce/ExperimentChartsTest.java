package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ExperimentChartsTest {

  @Test
  void drawsLinesOnALogScaleWithReferenceLinesAsAPng() throws Exception {
    List<ExperimentCharts.Line> lines = List.of(
        ExperimentCharts.Line.of("ours", List.of(0.003, 0.02, 0.07, 0.3)),
        ExperimentCharts.Line.horizontal("published", 0.1, 0, 3));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ExperimentCharts.lines("t", "x", "y", lines, true)));

    assertThat(image.getWidth()).isEqualTo(760);
    assertThat(image.getHeight()).isEqualTo(430);
  }

  @Test
  void manySeriesGetAWiderChartWithTheLegendBeside() throws Exception {
    List<ExperimentCharts.Line> lines = java.util.stream.IntStream.range(0, 6)
        .mapToObj(i -> ExperimentCharts.Line.of("series " + i, List.of(1.0, 2.0))).toList();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ExperimentCharts.lines("t", "x", "y", lines, false)));

    assertThat(image.getWidth()).isEqualTo(980);
  }

  @Test
  void drawsHistogramsOverAFixedRange() throws Exception {
    byte[] png = ExperimentCharts.histograms("t", "a", List.of("layer 1", "layer 2"),
        List.of(new double[] {-0.5, 0, 0.5}, new double[] {0.1, 0.2}), -1, 1);

    assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
  }
}
