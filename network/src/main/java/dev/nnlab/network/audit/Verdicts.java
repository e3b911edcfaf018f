package dev.nnlab.network.audit;

import dev.nnlab.network.audit.Finding.Rule;
import dev.nnlab.network.audit.Finding.Severity;
import dev.nnlab.network.diagnostics.ChannelSaturation;
import dev.nnlab.network.diagnostics.Saturation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an audit's measurements into findings. Every rule and threshold is stated here and in
 * {@code docs/audit.md}; each threshold sits where a mild case and a broken one are far apart on
 * the seed cases (Nielsen's [784, 30, 10] sigmoid net with {@code rand}, {@code randn},
 * {@code xavier-normal}, {@code nielsen-default}; deep ReLU nets with {@code xavier-normal} and
 * {@code he-normal}).
 */
public final class Verdicts {

  /**
   * A bounded activation (sigmoid, tanh) is saturated on a sample when |f′(z)| is below 1 % of its
   * peak ({@code Diagnostics.SATURATION_THRESHOLD}; |z| &gt; 6 for the sigmoid). At or above this
   * share of saturated (sample, unit) pairs, at least 90 % of the paths carry under 1 % of the
   * gradient: the layer cannot learn. ({@code rand} on MNIST: 100 %.)
   */
  public static final double SATURATED_PROBLEM = 0.9;

  /** At or above this share, learning is visibly slowed. ({@code randn} on MNIST: about 50 %.) */
  public static final double SATURATED_WARNING = 0.1;

  /** At or above this share of dead units (f′ = 0 on every probe input) a ReLU layer cannot learn. */
  public static final double DEAD_PROBLEM = 0.5;

  /**
   * At or above this share of dead units a ReLU layer has lost a visible part of its capacity. Deep
   * He-initialised ReLU stacks already lose 5–11 % of their deepest layers' units on a probe of a
   * thousand inputs (the inputs' representations grow alike with depth), so the warning starts at a
   * quarter.
   */
  public static final double DEAD_WARNING = 0.25;

  /**
   * The output has collapsed when at least this share of inputs gets one class <em>and</em> the
   * inputs move the output by less than {@link #COLLAPSE_DEPENDENCE} of the gap between its units
   * ({@link OutputCollapse#inputDependence()}). The share alone is not enough: Nielsen's healthy
   * nets with randn output biases start by predicting one class for every input too, but their
   * inputs move the output by a third of that gap, and they unlearn it within one epoch.
   */
  public static final double COLLAPSE = 0.99;

  /** See {@link #COLLAPSE}: under 1 % of the gap, no input can change the answer. */
  public static final double COLLAPSE_DEPENDENCE = 0.01;

  /**
   * A layer is frozen when one epoch of SGD could move its weights by less than this fraction of
   * their norm, even if every update pointed the same way ({@link LayerAudit#epochDrift()}).
   */
  public static final double FROZEN_DRIFT = 0.01;

  /**
   * Across the hidden layers, a factor of more than 4 between the first and the last one's std of
   * z (16 in variance) is a signal that shrinks or grows with depth rather than noise: a
   * variance-preserving initializer stays within ±30 % on 100-unit layers.
   */
  public static final double SIGNAL_FACTOR = 4;

  /**
   * The first hidden layer learns this many times slower (Nielsen's ‖∂C/∂b‖ per unit) than the
   * fastest later hidden layer: an order of magnitude, Nielsen's chapter-5 "vanishing gradient" regime.
   */
  public static final double SLOW_FACTOR = 10;

  /**
   * E[w²] more than √2 times outside the activation's {@link ScaleBand}: halfway (on a log scale)
   * between a matched initializer and one a factor 2 off, such as He's 2/n with a gain-1 sigmoid.
   */
  public static final double MISMATCH_FACTOR = Math.sqrt(2);

  private Verdicts() {}

  /**
   * @param canonicalOutput whether δ at the output is a − y (output saturation does not matter)
   */
  public static List<Finding> judge(
      List<LayerAudit> layers, OutputCollapse collapse, TrainingPace pace, boolean canonicalOutput) {
    List<Finding> findings = new ArrayList<>();
    for (LayerAudit layer : layers) {
      symmetric(layer, findings);
      if (!(layer.output() && canonicalOutput)) {
        saturated(layer, findings);
      }
      dead(layer, findings);
      blockedChannels(layer, findings);
    }
    collapsed(layers, collapse, findings);
    frozen(layers, pace, findings);
    signal(layers, findings);
    earlyLayersSlow(layers, findings);
    mismatch(layers, findings);
    if (findings.isEmpty()) {
      findings.add(healthy(layers));
    }
    return findings;
  }

  private static void symmetric(LayerAudit layer, List<Finding> findings) {
    int units = layer.fan().outChannels();
    if (units > 1 && !layer.distinctUnits() && layer.output()) {
      // each output unit has its own target, so δ = a − y differs between them from the first step
      findings.add(
          new Finding(
              Severity.WARNING,
              Rule.SYMMETRIC,
              layer.layer(),
              layer.name() + ": all " + units + " " + layer.units() + " start with the same weights and bias ("
                  + name(layer.weightInitializer()) + ", " + name(layer.biasInitializer()) + "), so before the"
                  + " first update every input gets the same output; their targets differ, so their gradients"
                  + " differ and the first update tells them apart (network3.py starts its softmax layer so)."));
    } else if (units > 1 && !layer.distinctUnits()) {
      findings.add(
          new Finding(
              Severity.PROBLEM,
              Rule.SYMMETRIC,
              layer.layer(),
              layer.name() + ": all " + units + " " + layer.units() + " start with the same weights and bias ("
                  + name(layer.weightInitializer()) + ", " + name(layer.biasInitializer())
                  + "), so they get the same gradient and stay identical: the layer acts as a single unit."
                  + " Try a random initializer such as " + cure(layer, false) + "."));
    }
  }

  private static void saturated(LayerAudit layer, List<Finding> findings) {
    Saturation s = layer.saturation();
    if (s.kind() != Saturation.Kind.SATURATING || s.saturatedFraction() < SATURATED_WARNING) {
      return;
    }
    boolean problem = s.saturatedFraction() >= SATURATED_PROBLEM;
    String head =
        layer.name() + ": " + Prose.percent(s.saturatedFraction()) + " of " + layer.activation()
            + " units saturated (mean z = " + Prose.number(layer.preActivation().mean()) + ", std "
            + Prose.number(layer.preActivation().std()) + "): ";
    String consequence =
        problem
            ? "gradients vanish; the network cannot learn."
            : "they pass almost no gradient, so the network learns slowly.";
    String outputNote =
        layer.output() ? " The cost's gradient goes through f′(z) here; a cost whose canonical link is "
            + layer.activation() + " (cross-entropy for the sigmoid) would not." : "";
    findings.add(
        new Finding(
            problem ? Severity.PROBLEM : Severity.WARNING,
            Rule.SATURATED,
            layer.layer(),
            head + consequence + " " + advice(layer) + outputNote));
  }

  private static void dead(LayerAudit layer, List<Finding> findings) {
    Saturation s = layer.saturation();
    if (s.kind() != Saturation.Kind.DYING || s.deadFraction() < DEAD_WARNING) {
      return;
    }
    boolean problem = s.deadFraction() >= DEAD_PROBLEM;
    findings.add(
        new Finding(
            problem ? Severity.PROBLEM : Severity.WARNING,
            Rule.DEAD,
            layer.layer(),
            layer.name() + ": " + Prose.percent(s.deadFraction()) + " of " + layer.activation() + " "
                + layer.units() + " dead (f′(z) = 0 " + (layer.channels().isEmpty() ? "" : "at every position ")
                + "for all probe inputs; mean z = " + Prose.number(layer.preActivation().mean())
                + "): they pass no gradient and never recover"
                + (problem ? "; the layer cannot learn. " : ", a lost part of the layer. ")
                + deadChannels(layer) + deadAdvice(layer)));
  }

  /** "Dead: channels 3, 7. " for a convolution, nothing for a dense layer. */
  private static String deadChannels(LayerAudit layer) {
    List<Integer> dead = layer.channels().stream().filter(ChannelSaturation::dead).map(ChannelSaturation::channel).toList();
    return dead.isEmpty() ? "" : "Dead: " + channelList(dead) + ". ";
  }

  /**
   * Some channels of a spatial layer blocked while the others work: saturated on at least
   * {@link #SATURATED_PROBLEM} of their (sample, position) pairs, or dead. The layer-wide share
   * averages them away (two saturated filters of twenty are 10 %), yet those filters cannot learn.
   * Left to the layer's own finding when that already says the layer cannot learn, and for dead
   * channels whenever {@link #dead} has spoken (it names them).
   */
  private static void blockedChannels(LayerAudit layer, List<Finding> findings) {
    Saturation s = layer.saturation();
    if (layer.channels().isEmpty() || (layer.output() && s.kind() == Saturation.Kind.SATURATING)) {
      return;
    }
    boolean saturating = s.kind() == Saturation.Kind.SATURATING;
    if (!saturating && s.kind() != Saturation.Kind.DYING) {
      return;
    }
    List<ChannelSaturation> blocked = layer.channels().stream()
        .filter(c -> saturating ? c.saturatedFraction() >= SATURATED_PROBLEM : c.dead())
        .toList();
    boolean layerFindingCovers = saturating ? s.saturatedFraction() >= SATURATED_PROBLEM : s.deadFraction() >= DEAD_WARNING;
    if (blocked.isEmpty() || blocked.size() == layer.channels().size() || layerFindingCovers) {
      return;
    }
    List<String> means = blocked.stream().map(c -> Prose.number(c.meanZ())).toList();
    findings.add(
        new Finding(
            Severity.WARNING,
            Rule.BLOCKED_CHANNELS,
            layer.layer(),
            layer.name() + ": " + blocked.size() + " of " + layer.channels().size() + " " + layer.activation()
                + " channels " + (saturating
                    ? "saturated on at least " + Prose.percent(SATURATED_PROBLEM) + " of their positions"
                    : "dead (f′(z) = 0 at every position for all probe inputs)")
                + ", " + channelList(blocked.stream().map(ChannelSaturation::channel).toList()) + " (mean z "
                + String.join(", ", means) + "), while the layer as a whole is "
                + Prose.percent(saturating ? s.saturatedFraction() : s.deadFraction())
                + (saturating ? " saturated" : " dead") + ": their filters get almost no gradient and learn"
                + " little. " + (saturating ? advice(layer) : deadAdvice(layer))));
  }

  /** "channel 3" or "channels 3, 7 and 12". */
  private static String channelList(List<Integer> channels) {
    if (channels.size() == 1) {
      return "channel " + channels.get(0);
    }
    List<String> names = channels.stream().map(String::valueOf).toList();
    return "channels " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * A layer whose weights are all zero but whose gradient is not: it passes no gradient back and
   * no input forward before the first update, and both after it (network3.py's softmax layer).
   */
  static boolean startsAtZero(LayerAudit layer) {
    return layer.weightNorm() == 0 && layer.weightGradientNorm() > 0;
  }

  private static void collapsed(List<LayerAudit> layers, OutputCollapse collapse, List<Finding> findings) {
    if (!layers.isEmpty() && startsAtZero(layers.get(layers.size() - 1)) && layers.get(layers.size() - 1).output()) {
      return;
    }
    if (collapse.share() >= COLLAPSE && collapse.inputDependence() < COLLAPSE_DEPENDENCE) {
      boolean hopeless = findings.stream().anyMatch(f -> f.severity() == Severity.PROBLEM);
      findings.add(
          new Finding(
              hopeless ? Severity.PROBLEM : Severity.WARNING,
              Rule.COLLAPSED,
              0,
              "output collapsed: " + Prose.percent(collapse.share()) + " of inputs get the same class ("
                  + collapse.modalClass() + "), and the inputs move the output's z by "
                  + Prose.number(collapse.inputSpread()) + " (std across inputs) against a gap of "
                  + Prose.number(collapse.unitSpread()) + " between its units: the answer does not"
                  + " depend on the input, so accuracy is that class's share of the data (about 10 % on"
                  + " MNIST) "
                  + (hopeless
                      ? "and, with the problems above, stays there."
                      : "until training gives the input its influence back, which is slow.")
                  + lostInput(layers)));
    }
  }

  /**
   * A sigmoid's outputs sit around 0.5 whatever the input and its slope is at most 1/4, so each
   * layer of a deep sigmoid stack passes on the same offset for every input and a quarter of the
   * input's variation: the input is lost even with weights scaled by the book (Glorot &amp;
   * Bengio 2010). The cure there is a zero-centred activation, not another initializer.
   */
  private static String lostInput(List<LayerAudit> layers) {
    List<LayerAudit> hidden = layers.stream().filter(l -> !l.output()).toList();
    if (hidden.size() < 2) {
      return "";
    }
    LayerAudit first = hidden.get(0);
    LayerAudit last = hidden.get(hidden.size() - 1);
    boolean offCentre = last.saturation().kind() == Saturation.Kind.SATURATING && last.activations().mean() > 0.25;
    return " The input-driven part of z falls from " + Prose.number(first.signal()) + " in " + first.name()
        + " to " + Prose.number(last.signal()) + " in " + last.name()
        + (offCentre
            ? "; " + last.activation() + "'s outputs average " + Prose.number(last.activations().mean())
                + " whatever the input, so deep stacks of it lose the input (Glorot & Bengio 2010): try tanh,"
                + " or relu with he-normal."
            : ".");
  }

  private static void frozen(List<LayerAudit> layers, TrainingPace pace, List<Finding> findings) {
    List<Integer> frozen = new ArrayList<>();
    List<String> drifts = new ArrayList<>();
    // layers before one that starts at zero get no gradient only until that layer's first update
    int unblocked = 0;
    for (int i = 0; i < layers.size(); i++) {
      if (startsAtZero(layers.get(i))) {
        unblocked = i;
      }
    }
    for (LayerAudit layer : layers.subList(unblocked, layers.size())) {
      if (layer.epochDrift() < FROZEN_DRIFT) {
        frozen.add(layer.layer());
        drifts.add(Prose.number(layer.epochDrift()));
      }
    }
    if (frozen.isEmpty()) {
      return;
    }
    findings.add(
        new Finding(
            Severity.PROBLEM,
            Rule.FROZEN,
            frozen.get(0),
            Prose.layers(frozen) + " frozen: with gradients this small, one epoch of SGD (η = "
                + Prose.number(pace.learningRate()) + ", " + pace.updatesPerEpoch()
                + " updates) moves the weights by at most " + String.join(", ", drifts)
                + " of their size (‖W‖)."));
  }

  private static void signal(List<LayerAudit> layers, List<Finding> findings) {
    List<LayerAudit> hidden = layers.stream().filter(l -> !l.output()).toList();
    if (hidden.size() < 2) {
      return;
    }
    LayerAudit first = hidden.get(0);
    LayerAudit last = hidden.get(hidden.size() - 1);
    double from = first.preActivation().std();
    double to = last.preActivation().std();
    if (!(from > 0) || !Double.isFinite(to)) {
      return;
    }
    double factor = to / from;
    boolean shrinks = factor < 1 / SIGNAL_FACTOR;
    if (!shrinks && factor <= SIGNAL_FACTOR) {
      return;
    }
    double perLayer = Math.pow(factor, 1.0 / (hidden.size() - 1));
    findings.add(
        new Finding(
            Severity.WARNING,
            shrinks ? Rule.SIGNAL_SHRINKS : Rule.SIGNAL_GROWS,
            last.layer(),
            "signal " + (shrinks ? "shrinks" : "grows") + " layer by layer: the std of z "
                + (shrinks ? "falls" : "rises") + " from " + Prose.number(from) + " in " + first.name() + " to "
                + Prose.number(to) + " in " + last.name() + " (×" + Prose.number(perLayer) + " per layer); "
                + (shrinks
                    ? "deep layers see almost no signal and pass back almost no gradient. "
                    : "activations and gradients blow up with depth. ")
                + "Try " + cure(last, !shrinks) + "."));
  }

  /** Among hidden layers only: the output layer's δ comes straight from the cost and is always larger. */
  private static void earlyLayersSlow(List<LayerAudit> layers, List<Finding> findings) {
    List<LayerAudit> hidden = layers.stream().filter(l -> !l.output()).toList();
    if (hidden.size() < 2) {
      return;
    }
    LayerAudit first = hidden.get(0);
    if (findings.stream().anyMatch(f -> f.severity() == Severity.PROBLEM && f.layer() == first.layer())
        || findings.stream().anyMatch(f -> f.rule() == Rule.FROZEN)) {
      return;
    }
    LayerAudit fastest = hidden.get(1);
    for (LayerAudit layer : hidden.subList(1, hidden.size())) {
      if (layer.speed() > fastest.speed()) {
        fastest = layer;
      }
    }
    if (!(first.speed() * SLOW_FACTOR < fastest.speed())) {
      return;
    }
    findings.add(
        new Finding(
            Severity.WARNING,
            Rule.EARLY_LAYERS_SLOW,
            first.layer(),
            "learning slows in earlier layers: " + first.name() + " learns "
                + Prose.number(fastest.speed() / first.speed()) + "× slower than " + fastest.name()
                + " (‖∂C/∂b‖ per unit " + Prose.number(first.speed()) + " vs " + Prose.number(fastest.speed())
                + "), Nielsen's vanishing-gradient picture (chapter 5)."));
  }

  /** One finding per (initializer, activation, direction), listing the layers it applies to. */
  private static void mismatch(List<LayerAudit> layers, List<Finding> findings) {
    Map<String, List<LayerAudit>> groups = new LinkedHashMap<>();
    for (LayerAudit layer : layers) {
      if (layer.scaleBand() == null || !layer.distinctUnits()) {
        continue;
      }
      double ratio = layer.scaleBand().ratio(layer.weightSecondMoment());
      if (ratio > MISMATCH_FACTOR || ratio < 1 / MISMATCH_FACTOR) {
        String key = layer.weightInitializer() + "|" + layer.activation() + "|" + (ratio > 1);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(layer);
      }
    }
    for (List<LayerAudit> group : groups.values()) {
      LayerAudit first = group.get(0);
      double low = Double.POSITIVE_INFINITY;
      double high = 0;
      for (LayerAudit layer : group) {
        double ratio = layer.scaleBand().ratio(layer.weightSecondMoment());
        low = Math.min(low, ratio);
        high = Math.max(high, ratio);
      }
      String times = span(low, high);
      ScaleBand band = first.scaleBand();
      String where = group.size() == 1 ? first.name() : Prose.layers(group.stream().map(LayerAudit::layer).toList());
      boolean large = high > 1;
      String effect = large ? "multiplies the signal's variance by about " + times
          : "divides the signal's variance by about " + span(1 / high, 1 / low);
      findings.add(
          new Finding(
              Severity.WARNING,
              Rule.SCALE_MISMATCH,
              first.layer(),
              where + ": " + name(first.weightInitializer()) + " does not match " + first.activation()
                  + ": its weights have E[w²] = " + Prose.number(first.weightSecondMoment()) + ", " + times
                  + " times what " + first.activation() + " (gain " + Prose.number(band.gain()) + ") asks for ("
                  + bandText(band) + " at " + first.fan() + "), so each such layer " + effect + ". Try "
                  + cure(first, large) + "."));
    }
  }

  /** An initializer's plugin name, without the parameters of its canonical spec. */
  private static String name(String spec) {
    int open = spec.indexOf('(');
    return open < 0 ? spec : spec.substring(0, open);
  }

  /** One number (their geometric mean) when low and high are within 10 %, else "low to high". */
  private static String span(double low, double high) {
    return high <= 1.1 * low ? Prose.number(Math.sqrt(low * high)) : Prose.number(low) + " to " + Prose.number(high);
  }

  private static String bandText(ScaleBand band) {
    return Prose.number(band.lower()).equals(Prose.number(band.upper()))
        ? Prose.number(band.lower())
        : Prose.number(band.lower()) + " to " + Prose.number(band.upper());
  }

  private static Finding healthy(List<LayerAudit> layers) {
    LayerAudit slowest = layers.get(0);
    for (LayerAudit layer : layers) {
      if (layer.epochDrift() < slowest.epochDrift()) {
        slowest = layer;
      }
    }
    return new Finding(
        Severity.HEALTHY,
        Rule.HEALTHY,
        0,
        "healthy: no layer is saturated or dead, the output depends on the input, the signal keeps its"
            + " scale through the layers, and every layer's gradient can move its weights (the slowest, "
            + slowest.name() + ", by up to " + Prose.number(slowest.epochDrift()) + "× ‖W‖ per epoch).");
  }

  /** Dead units sit at z ≤ 0 for every input: smaller biases if they push z there, else a leak. */
  private static String deadAdvice(LayerAudit layer) {
    if (layer.biasRms() > layer.weightedInputRms()) {
      return advice(layer);
    }
    return "Try he-normal with zeros or small positive biases (constant(value=0.01)), or a leaky ReLU.";
  }

  /** "Try ..." for a saturated or dead layer: other weights, or smaller biases if they dominate z. */
  private static String advice(LayerAudit layer) {
    if (layer.biasRms() > layer.weightedInputRms()) {
      return "The biases dominate z here (rms " + Prose.number(layer.biasRms()) + " vs "
          + Prose.number(layer.weightedInputRms()) + " from the weights): try zeros for the biases.";
    }
    return "Try " + cure(layer, true) + ".";
  }

  /**
   * The initializers designed for the layer's kind of activation, minus the one it already has; if
   * it already has one, a smaller or larger gain for it.
   */
  static String cure(LayerAudit layer, boolean tooLarge) {
    List<String> names =
        switch (layer.saturation().kind()) {
          case SATURATING -> List.of("xavier-normal", "nielsen-default");
          case DYING -> List.of("he-normal");
          case NOT_APPLICABLE -> List.of("xavier-normal");
        };
    List<String> others = names.stream().filter(n -> !name(layer.weightInitializer()).equals(n)).toList();
    if (others.isEmpty()) {
      return (tooLarge ? "a smaller" : "a larger") + " gain for " + name(layer.weightInitializer());
    }
    return String.join(" or ", others);
  }
}
