package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.charts.Histogram;
import dev.nnlab.cli.charts.HistogramPng;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The experiments' charts as PNG: lines over epochs or layers, and per-layer histograms. */
final class ExperimentCharts {

  /** A line to draw; {@code reference} lines (a published value) are dashed and black. */
  record Line(String name, double[] x, double[] y, boolean reference) {

    static Line of(String name, List<Double> y) {
      double[] xs = new double[y.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = i;
      }
      return new Line(name, xs, y.stream().mapToDouble(Double::doubleValue).toArray(), false);
    }

    static Line horizontal(String name, double value, double from, double to) {
      return new Line(name, new double[] {from, to}, new double[] {value, value}, true);
    }
  }

  /** Okabe–Ito, colour-blind safe. */
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
  };

  private ExperimentCharts() {}

  /**
   * Lines on shared axes; with {@code log} the values are drawn as log10 and labelled as powers
   * of ten (non-positive values cannot be drawn and are clamped to 1e-12).
   */
  static byte[] lines(String title, String xTitle, String yTitle, List<Line> lines, boolean log) {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(lines.size() > 4 ? 980 : 760).height(430).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xe6e6e6));
    // More than four names do not fit in one row below the plot: stack them beside it.
    boolean many = lines.size() > 4;
    styler.setLegendPosition(many ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(many ? Styler.LegendLayout.Vertical : Styler.LegendLayout.Horizontal);
    styler.setChartTitleBoxVisible(false);
    chart.getStyler().setXAxisDecimalPattern("#0.##");
    int colour = 0;
    for (Line line : lines) {
      double[] y = line.y().clone();
      if (log) {
        for (int i = 0; i < y.length; i++) {
          y[i] = Math.log10(Math.max(y[i], 1e-12));
        }
      }
      XYSeries series = chart.addSeries(line.name(), line.x(), y);
      Color c = line.reference() ? Color.BLACK : PALETTE[colour++ % PALETTE.length];
      series.setLineColor(c);
      series.setMarkerColor(c);
      series.setMarker(line.reference() || line.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
      series.setLineStyle(line.reference()
          ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
          : new BasicStroke(2f));
    }
    if (log) {
      chart.getStyler().setyAxisTickLabelsFormattingFunction(
          v -> String.format(Locale.ROOT, "%.2g", Math.pow(10, v)));
    }
    return png(chart);
  }

  /** One histogram per layer on shared axes, as densities. */
  static byte[] histograms(String title, String xTitle, List<String> names, List<double[]> values, double low, double high) {
    List<HistogramPng.Series> series = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      series.add(new HistogramPng.Series(names.get(i), Histogram.of(values.get(i), 60, low, high)));
    }
    return png(HistogramPng.chart(title, xTitle, series));
  }

  private static byte[] png(XYChart chart) {
    try {
      return HistogramPng.png(chart);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG", e);
    }
  }
}
