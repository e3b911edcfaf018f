package dev.nnlab.cli.doctor;

import dev.nnlab.cli.charts.HistogramPng;
import dev.nnlab.cli.charts.LineCharts;
import dev.nnlab.network.doctor.EpochReading;
import dev.nnlab.network.doctor.LayerReading;
import dev.nnlab.network.doctor.Observation;
import dev.nnlab.network.doctor.Reading;
import dev.nnlab.network.doctor.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The doctor report's charts as PNG bytes: each instrument over the sampled mini-batches (x =
 * mini-batches trained), one line per layer, with a red vertical line where each actionable
 * finding was first seen (the report's table gives each finding's mini-batch).
 */
final class DoctorCharts {

  static final int WIDTH = 760;
  static final int HEIGHT = 380;

  /** Colour-blind-safe (Okabe–Ito). */
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
  };

  private DoctorCharts() {}

  /** One instrument of every layer. */
  static byte[] perLayer(Timeline t, List<Observation> findings, String title, String axis, boolean log,
      ToDoubleFunction<LayerReading> value) throws IOException {
    return finish(layers(t, title, axis, log, value), t, findings);
  }

  /**
   * A share of every layer, on its whole range 0 to 1: a layer saturated throughout would
   * otherwise get an axis of the one value 1, which hides that it is the top of the scale.
   */
  static byte[] shares(Timeline t, List<Observation> findings, String title, String axis,
      ToDoubleFunction<LayerReading> value) throws IOException {
    XYChart chart = layers(t, title, axis, false, value);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
    return finish(chart, t, findings);
  }

  private static XYChart layers(Timeline t, String title, String axis, boolean log,
      ToDoubleFunction<LayerReading> value) {
    XYChart chart = base(title, axis, log);
    List<Reading> r = t.readings();
    int layers = r.isEmpty() ? 0 : r.get(0).layers().size();
    for (int l = 0; l < layers; l++) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (Reading reading : r) {
        double v = value.applyAsDouble(reading.layers().get(l));
        if (Double.isFinite(v) && (!log || v > 0)) {
          x.add((double) reading.step());
          y.add(v);
        }
      }
      if (!x.isEmpty()) {
        String name = "layer " + r.get(0).layers().get(l).layer() + " (" + r.get(0).layers().get(l).activation() + ")";
        style(chart.addSeries(name, x, y), PALETTE[l % PALETTE.length]);
      }
    }
    return chart;
  }

  /** The mini-batch cost at every reading. */
  static byte[] cost(Timeline t, List<Observation> findings) throws IOException {
    XYChart chart = base("Training cost (mini-batch, before its update)", "cost", false);
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Reading reading : t.readings()) {
      if (Double.isFinite(reading.cost())) {
        x.add((double) reading.step());
        y.add(reading.cost());
      }
    }
    if (!x.isEmpty()) {
      style(chart.addSeries("mini-batch cost", x, y), PALETTE[0]);
      List<Double> chance = List.of(t.chanceCost(), t.chanceCost());
      XYSeries level = chart.addSeries("constant guess (chance)", List.of(x.get(0), x.get(x.size() - 1)), chance);
      level.setLineColor(new Color(0x888888));
      level.setMarker(SeriesMarkers.NONE);
      level.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    }
    return finish(chart, t, findings);
  }

  /** Held-out accuracy (or cost, for regression) after every epoch. */
  static byte[] epochs(Timeline t) throws IOException {
    boolean classify = t.classes() > 0;
    XYChart chart = base(classify ? "Accuracy after each epoch" : "Cost after each epoch",
        classify ? "accuracy (%)" : "cost", false);
    chart.setXAxisTitle("epoch");
    List<EpochReading> e = t.epochs();
    if (!e.isEmpty()) {
      double[] x = e.stream().mapToDouble(EpochReading::epoch).toArray();
      if (classify) {
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        style(chart.addSeries("held-out", x, e.stream().mapToDouble(r -> 100 * r.heldOutAccuracy()).toArray()),
            PALETTE[0]);
        style(chart.addSeries("training (probe)", x, e.stream().mapToDouble(r -> 100 * r.probeAccuracy()).toArray()),
            PALETTE[1]);
      } else {
        style(chart.addSeries("held-out", x, e.stream().mapToDouble(EpochReading::heldOutCost).toArray()), PALETTE[0]);
        style(chart.addSeries("training", x, e.stream().mapToDouble(EpochReading::trainingCost).toArray()), PALETTE[1]);
      }
      chart.getStyler().setXAxisDecimalPattern("#0");
    }
    return HistogramPng.png(chart);
  }

  /** Marks where each finding was first seen: the step of its first reading at or after its epoch and batch. */
  private static byte[] finish(XYChart chart, Timeline t, List<Observation> findings) throws IOException {
    if (chart.getSeriesMap().isEmpty()) {
      chart.addSeries("(nothing recorded)", new double[] {0}, new double[] {0});
    }
    chart.getStyler().setAnnotationLineColor(new Color(0xB00020));
    chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f));
    for (Observation o : findings) {
      long step = stepOf(t, o);
      if (step < 0 || !o.actionable()) {
        continue;
      }
      chart.addAnnotation(new AnnotationLine(step, true, false));
    }
    return HistogramPng.png(chart);
  }

  static long stepOf(Timeline t, Observation o) {
    if (o.epoch() < 0) {
      return -1;
    }
    for (Reading r : t.readings()) {
      if (r.epoch() > o.epoch() || (r.epoch() == o.epoch() && r.batch() >= Math.max(0, o.batch()))) {
        return r.step();
      }
    }
    return t.readings().isEmpty() ? -1 : t.readings().get(t.readings().size() - 1).step();
  }

  private static XYChart base(String title, String y, boolean log) {
    XYChart chart = LineCharts.chart(WIDTH, HEIGHT, title, "mini-batches trained", y);
    chart.getStyler().setYAxisLogarithmic(log);
    return chart;
  }

  private static void style(XYSeries series, Color colour) {
    LineCharts.line(series, colour, 2f);
  }
}
