package dev.nnlab.cli.charts;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws one or more histograms as filled steps on shared axes, and encodes the chart as PNG. */
public final class HistogramPng {

  /** A named histogram to draw. */
  public record Series(String name, Histogram histogram) {}

  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x8c564b)
  };

  private HistogramPng() {}

  /** A chart of the given histograms; densities are shown so that different counts compare. */
  public static XYChart chart(String title, String xTitle, List<Series> series) {
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder().width(800).height(480).title(title).xAxisTitle(xTitle).yAxisTitle("density").build();
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xe5e5e5));
    styler.setLegendVisible(series.size() > 1);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    // A density axis that does not start at zero makes a flat histogram look jagged.
    styler.setYAxisMin(0.0);
    styler.setXAxisDecimalPattern("#0.###");
    styler.setYAxisDecimalPattern("#0.###");
    int index = 0;
    for (Series one : series) {
      Histogram h = one.histogram();
      double total = 0;
      for (long count : h.counts()) {
        total += count;
      }
      double[] xs = new double[h.bins() + 1];
      double[] ys = new double[h.bins() + 1];
      for (int i = 0; i <= h.bins(); i++) {
        xs[i] = h.low() + i * h.binWidth();
        long count = h.counts()[Math.min(i, h.bins() - 1)];
        ys[i] = total == 0 ? 0 : count / (total * h.binWidth());
      }
      XYSeries drawn = chart.addSeries(one.name(), xs, ys);
      drawn.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
      drawn.setMarker(SeriesMarkers.NONE);
      Color colour = PALETTE[index++ % PALETTE.length];
      drawn.setLineColor(colour);
      drawn.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
    }
    return chart;
  }

  /**
   * Overlays a density curve (e.g. the distribution an initializer declares) on a chart made by
   * {@link #chart}, sampled at {@code points} points across [low, high].
   */
  public static void addDensity(
      XYChart chart, String name, java.util.function.DoubleUnaryOperator density, double low, double high) {
    int points = 200;
    double[] xs = new double[points];
    double[] ys = new double[points];
    for (int i = 0; i < points; i++) {
      xs[i] = low + (high - low) * i / (points - 1);
      ys[i] = density.applyAsDouble(xs[i]);
    }
    XYSeries curve = chart.addSeries(name, xs, ys);
    curve.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    curve.setMarker(SeriesMarkers.NONE);
    curve.setLineColor(Color.BLACK);
    chart.getStyler().setLegendVisible(true);
  }

  /** The chart as PNG bytes. */
  public static byte[] png(XYChart chart) throws IOException {
    return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
  }
}
