package dev.nnlab.cli.lab;

import dev.nnlab.cli.charts.HistogramPng;
import dev.nnlab.cli.charts.LineCharts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, as PNG bytes: one look, one palette, readable at the size the page shows. */
final class ReportCharts {

  static final int WIDTH = 760;
  static final int HEIGHT = 430;

  /** The legend's type as {@link LineCharts} sets it, to measure whether the labels fit one row. */
  private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  /** A legend line's height in pixels, when the legend lists one configuration per line. */
  private static final int LEGEND_LINE = 19;

  private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
      SeriesMarkers.TRIANGLE_UP};

  private static final BasicStroke DASHED =
      new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f);

  /** Colour-blind-safe (Okabe–Ito), strong enough on white. */
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
  };

  /** Hidden layers: light to dark of one hue; the output layer: grey. */
  private static Color layerColour(int layer, int layers) {
    if (layer == layers - 1) {
      return new Color(0x888888);
    }
    float t = layers <= 2 ? 0.6f : (float) layer / (layers - 2);
    return new Color(
        (int) (0x9E + t * (0x08 - 0x9E)), (int) (0xCA + t * (0x30 - 0xCA)), (int) (0xE1 + t * (0x6B - 0xE1)));
  }

  private ReportCharts() {}

  /** Test accuracy per epoch: mean over seeds, error bars one standard deviation. */
  static byte[] accuracy(List<ConfigurationResults> results, int seeds) throws IOException {
    // A sweep's dozen configurations do not fit one legend row (it ran off both edges): past what
    // fits, the legend lists one per line below the plot, and the chart grows by those lines.
    boolean oneRow = legendRowWidth(results) <= WIDTH - 40;
    XYChart chart = base("Test accuracy per epoch (mean ± 1 sd over " + seeds + (seeds == 1 ? " seed)" : " seeds)"),
        "epoch (0 = before training)", "test accuracy (%)", oneRow ? HEIGHT : HEIGHT + LEGEND_LINE * results.size());
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
    if (!oneRow) {
      chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    }
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    int i = 0;
    for (ConfigurationResults config : results) {
      int points = config.points();
      double[] x = new double[points];
      double[] y = new double[points];
      double[] sd = new double[points];
      for (int k = 0; k < points; k++) {
        Stats stats = config.accuracy(k);
        x[k] = k;
        y[k] = 100 * stats.mean();
        sd[k] = 100 * stats.std();
      }
      XYSeries series = seeds > 1 ? chart.addSeries(config.label(), x, y, sd) : chart.addSeries(config.label(), x, y);
      style(series, PALETTE[i % PALETTE.length]);
      // Past the eight colours, another marker and a dashed line tell the series apart.
      if (i >= PALETTE.length) {
        series.setMarker(MARKERS[(i / PALETTE.length) % MARKERS.length]);
        series.setLineStyle(DASHED);
      }
      i++;
    }
    integerEpochs(chart, results.get(0).points());
    return HistogramPng.png(chart);
  }

  /** The first layer's initial weights (first seed), the picture of the original question. */
  static byte[] weights(ConfigurationResults config, int index) throws IOException {
    RunResult run = config.runs().get(0);
    String spec = config.start(0).weights();
    XYChart chart = HistogramPng.chart(
        config.label(), "weight value (" + spec + ")",
        List.of(new HistogramPng.Series(config.label(), run.initialWeights())));
    XYStyler styler = chart.getStyler();
    // Shown three abreast at about half size: large type, few ticks.
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
    styler.setXAxisTickMarkSpacingHint(160);
    styler.setYAxisTickMarkSpacingHint(90);
    styler.setChartTitleBoxVisible(false);
    styler.setPlotBorderVisible(false);
    chart.getSeriesMap().values().forEach(s -> {
      Color colour = PALETTE[index % PALETTE.length];
      s.setLineColor(colour);
      s.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
    });
    styler.setLegendVisible(false);
    return HistogramPng.png(chart);
  }

  /** Saturated (or dead) share of every layer over training, mean over seeds. */
  static byte[] saturation(ConfigurationResults config) throws IOException {
    String kind = config.runs().get(0).layers().get(0).get(0).blockedKind();
    XYChart chart = base(config.label() + ": " + kind + " units per layer", "epoch (0 = before training)",
        kind + " units (%)");
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
    perLayer(chart, config, p -> 100 * (Double.isNaN(p.blocked()) ? 0 : p.blocked()));
    return HistogramPng.png(chart);
  }

  /**
   * Nielsen's speed of learning ‖∂C/∂b‖ per unit, per layer over training, on a log scale (drawn as
   * log10 on a linear axis, labelled in powers of ten: XChart's log axis leaves spans of many
   * decades unlabelled). A speed of exactly 0 (every unit dead or saturated to the last bit) has no
   * logarithm: it is drawn one decade below the smallest speed there is, on a tick labelled 0, not
   * at 1e-300, which squashed every other line into the top of the chart.
   */
  static byte[] gradients(ConfigurationResults config) throws IOException {
    XYChart chart = base(config.label() + ": speed of learning per layer", "epoch (0 = before training)",
        "‖∂C/∂b‖ per unit (log scale)");
    double smallest = config.runs().stream().flatMap(r -> r.layers().stream()).flatMap(List::stream)
        .mapToDouble(LayerPoint::speed).filter(v -> v > 0).min().orElse(1);
    double zero = Math.floor(Math.log10(smallest)) - 1;
    perLayer(chart, config, p -> p.speed() > 0 ? Math.log10(p.speed()) : zero);
    // Whole decades at both ends, so that XChart's ticks fall on powers of ten.
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (XYSeries series : chart.getSeriesMap().values()) {
      for (double y : series.getYData()) {
        low = Math.min(low, y);
        high = Math.max(high, y);
      }
    }
    chart.getStyler().setYAxisMin(Math.floor(low)).setYAxisMax(Math.max(Math.ceil(high), Math.floor(low) + 1));
    chart.getStyler().setyAxisTickLabelsFormattingFunction(
        y -> Math.abs(y - zero) < 1e-6 && hasZero(config) ? "0" : Math.abs(y - Math.rint(y)) < 1e-6 ? "1e" + (long) Math.rint(y) : String.format(java.util.Locale.ROOT, "%.1e", Math.pow(10, y)).replace("e-0", "e-").replace("e+0", "e"));
    return HistogramPng.png(chart);
  }

  private static boolean hasZero(ConfigurationResults config) {
    return config.runs().stream().flatMap(r -> r.layers().stream()).flatMap(List::stream)
        .anyMatch(p -> p.speed() == 0);
  }

  /** Glorot &amp; Bengio's view: mean activation per layer over training, error bars its std. */
  static byte[] activations(ConfigurationResults config) throws IOException {
    XYChart chart = base(config.label() + ": activations per layer (mean ± sd)", "epoch (0 = before training)",
        "activation a = f(z)");
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    int layers = config.layers();
    int points = config.points();
    for (int l = 0; l < layers; l++) {
      double[] x = new double[points];
      double[] y = new double[points];
      double[] sd = new double[points];
      for (int k = 0; k < points; k++) {
        x[k] = k + (l - (layers - 1) / 2.0) * 0.04;
        y[k] = config.mean(k, l, LayerPoint::activationMean);
        sd[k] = config.mean(k, l, LayerPoint::activationStd);
      }
      style(chart.addSeries(config.start(l).name(), x, y, sd), layerColour(l, layers));
    }
    integerEpochs(chart, points);
    paddedRange(chart);
    return HistogramPng.png(chart);
  }

  /** At least 0.2 of vertical span, so a constant activation (rand's 1.0) is a line, not noise. */
  private static void paddedRange(XYChart chart) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (XYSeries series : chart.getSeriesMap().values()) {
      double[] y = series.getYData();
      double[] e = series.getExtraValues();
      for (int i = 0; i < y.length; i++) {
        double spread = e == null ? 0 : e[i];
        low = Math.min(low, y[i] - spread);
        high = Math.max(high, y[i] + spread);
      }
    }
    if (high - low < 0.2) {
      double centre = (high + low) / 2;
      low = centre - 0.1;
      high = centre + 0.1;
    }
    chart.getStyler().setYAxisMin(low).setYAxisMax(high);
    chart.getStyler().setYAxisDecimalPattern("#0.##");
  }

  private static void perLayer(XYChart chart, ConfigurationResults config, Function<LayerPoint, Double> measure) {
    int layers = config.layers();
    int points = config.points();
    for (int l = 0; l < layers; l++) {
      double[] x = new double[points];
      double[] y = new double[points];
      for (int k = 0; k < points; k++) {
        int layer = l;
        x[k] = k;
        y[k] = config.mean(k, layer, measure);
      }
      style(chart.addSeries(config.start(l).name(), x, y), layerColour(l, layers));
    }
    integerEpochs(chart, points);
  }

  /**
   * One convolution's channels (layer index {@code l} among the measured layers): each channel's
   * saturated share, or the share of its positions dead on every probe image, before training and
   * after the last epoch, mean over seeds. A channel at 100 % dead has a filter that gets no gradient.
   */
  static byte[] channels(ConfigurationResults config, int l) throws IOException {
    LayerPoint start = config.start(l);
    String kind = start.blockedKind().equals("dead") ? "positions dead on every image" : "saturated";
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title(config.label() + ": " + start.name() + " per channel")
        .xAxisTitle("channel (output feature map)").yAxisTitle(kind + " (%)").build();
    org.knowm.xchart.style.CategoryStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(new Color(0xe6e6e6));
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setChartTitleBoxVisible(false);
    styler.setAntiAlias(true);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, start.channels().size() > 24 ? 9 : 12));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisDecimalPattern("#0");
    int last = config.points() - 1;
    List<Integer> channels = new ArrayList<>();
    List<Double> before = new ArrayList<>();
    List<Double> after = new ArrayList<>();
    for (int c = 0; c < start.channels().size(); c++) {
      channels.add(c + 1);
      before.add(100 * zeroIfNaN(config.channelMean(0, l, c)));
      after.add(100 * zeroIfNaN(config.channelMean(last, l, c)));
    }
    CategorySeries initial = chart.addSeries("before training", channels, before);
    initial.setFillColor(PALETTE[5]);
    CategorySeries trained = chart.addSeries("after epoch " + last, channels, after);
    trained.setFillColor(PALETTE[0]);
    return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
  }

  private static double zeroIfNaN(double x) {
    return Double.isNaN(x) ? 0 : x;
  }

  private static XYChart base(String title, String x, String y) {
    return base(title, x, y, HEIGHT);
  }

  private static XYChart base(String title, String x, String y, int height) {
    return LineCharts.chart(WIDTH, height, title, x, y);
  }

  /** How wide the accuracy chart's legend would be as one row: each label, its marker and the gaps. */
  private static int legendRowWidth(List<ConfigurationResults> results) {
    Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      FontMetrics metrics = graphics.getFontMetrics(LEGEND_FONT);
      return results.stream().mapToInt(c -> metrics.stringWidth(c.label()) + 40).sum();
    } finally {
      graphics.dispose();
    }
  }

  private static void style(XYSeries series, Color colour) {
    LineCharts.line(series, colour, 2.2f);
  }

  private static void integerEpochs(XYChart chart, int points) {
    // Whole epochs only: an integer range with ticks far enough apart lands every tick on one.
    chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) Math.max(1, points - 1));
    chart.getStyler().setXAxisDecimalPattern("#0");
    chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(45, 600 / Math.max(1, points - 1)));
  }

}
