package dev.nnlab.network.doctor;

import dev.nnlab.network.diagnostics.Saturation;
import dev.nnlab.network.doctor.Observation.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The doctor's rules, read off a {@link Timeline}. Each constant is a documented threshold
 * (docs/doctor.md says why each number is what it is). Rules only see what has been recorded so
 * far, so the same code decides live during training and at the end.
 */
public final class Rules {

  /** A hidden bounded layer with this share of saturated (sample, unit) pairs passes almost no gradient. */
  public static final double SATURATED = 0.9;
  /** A hidden ReLU-family layer with this share of units dead on every probe example. */
  public static final double DEAD = 0.5;
  /** Consecutive readings a saturation or dead-unit level must last, so one noisy probe does not fire. */
  public static final int SUSTAINED = 3;
  /** First layer's gradient per weight below this fraction of the largest later layer's: vanishing. */
  public static final double VANISHING = 1e-2;
  public static final double VANISHING_PROBLEM = 1e-3;
  /** First layer's gradient per weight above this multiple of the output layer's: exploding. */
  public static final double EXPLODING = 100;
  /**
   * An untrained cost this many times the constant guess's (a saturated sigmoid output with the
   * quadratic cost reaches at most about 11×) …
   */
  public static final double INITIAL_COST_EXPLODED = 20;
  /** … and a first gradient this many times its later median: the forward signal exploded. */
  public static final double EXPLODING_START = 10;
  /** A layer's gradient growing by this factor over its first reading: exploding. */
  public static final double EXPLODING_GROWTH = 1e3;
  /** Median ‖ΔW‖/‖W‖ above this (100× cs231n's healthy 1e-3): the step is too large. */
  public static final double UPDATE_TOO_HIGH = 0.1;
  /**
   * One update moving a hidden layer by this share of its size, when the overfit check also fails:
   * too high. (The output layer's first update is often this large in healthy runs: its weights
   * start small. A layer whose weights are still all zero at the first reading has no scale to
   * measure a step against.)
   */
  public static final double UPDATE_SPIKE = 0.3;
  /** Median ‖ΔW‖/‖W‖ below this in every layer (10× under cs231n's healthy 1e-3), cost above chance: problem. */
  public static final double UPDATE_TOO_LOW = 1e-4;
  /**
   * Below 10× cs231n's healthy 1e-3 in every layer (so not too high) while the cost has not even
   * reached the constant guess's by the end of the run: a warning.
   */
  public static final double UPDATE_SLOW = 1e-2;
  /**
   * The weight penalty's gradient at least this share of the data's (median over the readings, in
   * some layer): it pulls the weights toward 0 hard enough to set their scale. Measured: network2
   * (λ = 5) on 1,000 images 0.05-0.13; chapter 1 with λ = 10 on 1,000 images 0.2-0.4 after the first
   * epoch (2-11 before).
   */
  public static final double PENALTY_DOMINANT = 0.2;
  /** The smoothed cost ending this many times above its minimum: rising (step too large). */
  public static final double COST_RISING = 1.5;
  /** The smoothed cost ending this many times above its start: divergence. */
  public static final double COST_DIVERGED = 10;
  /** Held-out accuracy at most this many times chance (1/classes): no signal. */
  public static final double CHANCE_BAND = 1.5;
  /** Regression: held-out cost at least this fraction of the constant guess's: no signal. */
  public static final double REGRESSION_CHANCE = 0.9;
  /**
   * One class for this share of the probe examples, after the last epoch or after most epochs, while
   * the labels' top share is at most half.
   */
  public static final double COLLAPSED = 0.9;
  /** Training accuracy above held-out accuracy by this much, and held-out cost rising: overfitting. */
  public static final double GAP = 0.1;
  public static final double HELD_OUT_RISE = 0.05;
  /** Or: training accuracy at least this high and this many points above held-out (memorised). */
  public static final double WIDE_GAP = 0.2;
  public static final double MEMORISED = 0.95;
  /** The mean cost of the last quarter of the readings fell less than this fraction below the quarter before's: plateau. */
  public static final double FLAT = 0.02;
  /** … while still above this fraction of the chance cost. */
  public static final double PLATEAU_LEVEL = 0.5;
  /** Rules on a median over readings need this many, so the first noisy mini-batches cannot decide. */
  public static final int MEDIAN_READINGS = 5;
  /** Trend rules need this many readings. */
  public static final int TREND_READINGS = 10;
  /** Readings in the moving average of the cost. */
  public static final int SMOOTHING = 5;

  private Rules() {}

  /** Every rule that fires on what {@code t} has recorded, most explanatory first; {@code healthy} if none. */
  public static List<Observation> evaluate(Timeline t) {
    List<Observation> found = new ArrayList<>();
    unscaledInputs(t).ifPresent(found::add);
    exploding(t).ifPresent(found::add);
    tooHigh(t).ifPresent(found::add);
    divergence(t).ifPresent(found::add);
    overRegularization(t).ifPresent(found::add);
    blocked(t, Saturation.Kind.SATURATING, SATURATED).ifPresent(found::add);
    blocked(t, Saturation.Kind.DYING, DEAD).ifPresent(found::add);
    vanishing(t).ifPresent(found::add);
    tooLow(t).ifPresent(found::add);
    noSignal(t).ifPresent(found::add);
    collapse(t).ifPresent(found::add);
    overfitting(t).ifPresent(found::add);
    plateau(t).ifPresent(found::add);
    if (found.stream().noneMatch(Observation::actionable)) {
      found.add(new Observation(Symptom.HEALTHY, Severity.INFO, 0, -1, -1, healthyEvidence(t),
          "nothing to fix; train longer or tune for accuracy"));
    }
    found.sort(Observation.EXPLANATORY_ORDER);
    return found;
  }

  static Optional<Observation> unscaledInputs(Timeline t) {
    return t.inputs().flatMap(Rules::unscaledInputs);
  }

  /** {@code unscaled-inputs} on the training inputs' statistics alone, as {@code audit} uses it. */
  public static Optional<Observation> unscaledInputs(InputStatistics statistics) {
    return Optional.of(statistics).filter(s -> s.scale() > UNSCALED).map(s -> new Observation(
        Symptom.UNSCALED_INPUTS, s.scale() > UNSCALED_PROBLEM ? Severity.PROBLEM : Severity.WARNING, 0, -1, -1,
        String.format(Locale.ROOT, "input feature %d has mean %.3g and std %.3g (inputs range %.3g to %.3g);"
            + " unit-scale inputs have |mean| and std near 1 or below", s.widest(), s.widestMean(),
            s.widestStd(), s.min(), s.max()),
        "standardize the features (--standardize) or rescale them to [0, 1]"));
  }

  /** Inputs wider than this (|mean| or std of a feature) are not on unit scale. */
  public static final double UNSCALED = 3;
  public static final double UNSCALED_PROBLEM = 30;

  static Optional<Observation> exploding(Timeline t) {
    List<Reading> r = t.readings();
    if (r.size() < MEDIAN_READINGS || r.get(0).layers().size() < 3) {
      return Optional.empty();
    }
    int last = r.get(0).layers().size() - 1;
    double[] ratio = r.stream().mapToDouble(x -> x.layers().get(0).gradientRms() / x.layers().get(last).gradientRms())
        .toArray();
    double median = median(ratio);
    if (median > EXPLODING) {
      int first = firstIndex(ratio, v -> v > EXPLODING);
      return Optional.of(at(Symptom.EXPLODING_GRADIENT, Severity.PROBLEM, 1, r.get(first), String.format(Locale.ROOT,
          "layer 1's gradient per weight is %.3g× the output layer's (median over %d readings; > %.0f× means it"
              + " grows on its way back)", median, r.size(), EXPLODING),
          "use a variance-preserving initializer (he-normal for ReLU, xavier-normal for tanh) or a smaller η"));
    }
    double initialRatio = t.checks().map(RecipeChecks::initialCostRatio).orElse(0.0);
    for (int l = 0; l <= last && initialRatio > INITIAL_COST_EXPLODED; l++) {
      int layer = l;
      double start = r.get(0).layers().get(l).gradientRms();
      double typical = median(r.stream().mapToDouble(x -> x.layers().get(layer).gradientRms()).toArray());
      if (start > EXPLODING_START * typical) {
        return Optional.of(at(Symptom.EXPLODING_GRADIENT, Severity.PROBLEM, r.get(0).layers().get(l).layer(),
            r.get(0), String.format(Locale.ROOT, "the untrained network's cost is %.3g× the constant guess's, and"
                + " layer %d's first gradient per weight %.3g is %.0f× its median over the run: the signal grows"
                + " through the layers", initialRatio, r.get(0).layers().get(l).layer(), start, start / typical),
            "use a variance-preserving initializer (he-normal for ReLU, xavier-normal for tanh)"));
      }
    }
    for (int l = 0; l <= last; l++) {
      int layer = l;
      double start = r.get(0).layers().get(l).gradientRms();
      for (Reading x : r) {
        double now = x.layers().get(layer).gradientRms();
        if (start > 0 && now > EXPLODING_GROWTH * start && Double.isFinite(now)) {
          return Optional.of(at(Symptom.EXPLODING_GRADIENT, Severity.PROBLEM, x.layers().get(layer).layer(), x,
              String.format(Locale.ROOT, "‖∂C/∂W‖ per weight grew from %.3g to %.3g (> %.0f×)", start, now,
                  EXPLODING_GROWTH),
              "lower η, or clip the gradient; check the initializer's scale"));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Observation> tooHigh(Timeline t) {
    List<Reading> r = t.readings();
    boolean overfitFailed = t.checks().map(c -> !c.overfit().passed()).orElse(false);
    for (int l = 0; !r.isEmpty() && l < r.get(0).layers().size(); l++) {
      int layer = l;
      double[] ratios = r.stream().mapToDouble(x -> x.layers().get(layer).updateRatio())
          .filter(Double::isFinite).toArray();
      if (ratios.length >= MEDIAN_READINGS && median(ratios) > UPDATE_TOO_HIGH && !penaltyDominant(r, layer)) {
        Reading first = r.stream().filter(x -> x.layers().get(layer).updateRatio() > UPDATE_TOO_HIGH)
            .findFirst().orElse(r.get(0));
        return Optional.of(at(Symptom.LEARNING_RATE_TOO_HIGH, Severity.PROBLEM, first.layers().get(layer).layer(),
            first, String.format(Locale.ROOT, "each update changes the weights by %.3g of their size (median ‖ΔW‖/‖W‖"
                + " over %d readings; healthy SGD is near 1e-3)", median(ratios), ratios.length),
            "lower η by 10× or more"));
      }
      boolean hidden = layer < r.get(0).layers().size() - 1;
      boolean scaled = r.get(0).layers().get(layer).weightNorm() > 0;
      Optional<Reading> spike = r.stream().filter(x -> {
        double v = x.layers().get(layer).updateRatio();
        return Double.isFinite(v) && v > UPDATE_SPIKE;
      }).findFirst();
      if (hidden && scaled && spike.isPresent() && overfitFailed) {
        OverfitCheck o = t.checks().get().overfit();
        return Optional.of(at(Symptom.LEARNING_RATE_TOO_HIGH, Severity.PROBLEM,
            spike.get().layers().get(layer).layer(), spike.get(), String.format(Locale.ROOT,
                "one update changed the weights by %.3g of their size (‖ΔW‖/‖W‖ > %.1f), and with this step the"
                    + " network cannot even fit %d examples (cost %.4g → %.4g in %d steps)",
                spike.get().layers().get(layer).updateRatio(), UPDATE_SPIKE, o.examples(), o.initialCost(),
                o.finalCost(), o.steps()),
            "lower η by 10× or more"));
      }
    }
    double[] smooth = smoothedCost(r);
    if (smooth.length >= TREND_READINGS) {
      int lowest = argmin(smooth);
      double end = smooth[smooth.length - 1];
      if (end > COST_RISING * smooth[lowest] && end > 0.5 * t.chanceCost() && lowest < smooth.length - 1) {
        Reading first = r.get(firstIndexAfter(smooth, lowest, v -> v > COST_RISING * smooth[lowest]));
        return Optional.of(at(Symptom.LEARNING_RATE_TOO_HIGH, Severity.WARNING, 0, first, String.format(Locale.ROOT,
            "the training cost fell to %.4g and rose again to %.4g (moving average of %d readings)",
            smooth[lowest], end, SMOOTHING), "lower η by 3-10×"));
      }
    }
    return Optional.empty();
  }

  /** Whether the weight penalty's median share of layer {@code l}'s gradient reaches {@link #PENALTY_DOMINANT}. */
  private static boolean penaltyDominant(List<Reading> r, int l) {
    double[] shares = r.stream().mapToDouble(x -> x.layers().get(l).penaltyShare()).filter(Double::isFinite)
        .toArray();
    return shares.length >= MEDIAN_READINGS && median(shares) >= PENALTY_DOMINANT;
  }

  /**
   * A weight penalty that outweighs the data while the cost stays high: the weights are held near 0
   * (which also makes each update large against them), so the network underfits. A smaller η does
   * not move the balance between penalty and data; a smaller λ does.
   */
  static Optional<Observation> overRegularization(Timeline t) {
    List<Reading> r = t.readings();
    double[] smooth = smoothedCost(r);
    if (smooth.length < TREND_READINGS || smooth[smooth.length - 1] <= PLATEAU_LEVEL * t.chanceCost()) {
      return Optional.empty();
    }
    for (int l = 0; l < r.get(0).layers().size(); l++) {
      if (penaltyDominant(r, l)) {
        int layer = l;
        double[] shares = r.stream().mapToDouble(x -> x.layers().get(layer).penaltyShare())
            .filter(Double::isFinite).toArray();
        return Optional.of(at(Symptom.OVER_REGULARIZATION, Severity.PROBLEM, r.get(0).layers().get(l).layer(),
            r.get(0), String.format(Locale.ROOT, "the weight penalty's gradient is %.3g of the data's (median over %d"
                + " readings; ≥ %.1f holds the weights near 0) and the training cost %.4g is still %.0f %% of the"
                + " constant guess's %.4g", median(shares), shares.length, PENALTY_DOMINANT, smooth[smooth.length - 1],
                100 * smooth[smooth.length - 1] / t.chanceCost(), t.chanceCost()),
            "lower λ (--lambda) by 10×, or train on more data (the penalty is scaled by 1/n)"));
      }
    }
    return Optional.empty();
  }

  static Optional<Observation> divergence(Timeline t) {
    if (t.divergence().isPresent()) {
      Timeline.Divergence d = t.divergence().get();
      return Optional.of(new Observation(Symptom.DIVERGENCE, Severity.PROBLEM, d.layer(), d.epoch(), d.batch(),
          d.message(), "lower η; if it still diverges, check the inputs' scale and the initializer"));
    }
    double[] smooth = smoothedCost(t.readings());
    if (smooth.length > SMOOTHING && smooth[smooth.length - 1] > COST_DIVERGED * smooth[0]) {
      int first = firstIndex(smooth, v -> v > COST_DIVERGED * smooth[0]);
      return Optional.of(at(Symptom.DIVERGENCE, Severity.PROBLEM, 0, t.readings().get(first), String.format(
          Locale.ROOT, "the training cost grew from %.4g to %.4g (> %.0f×)", smooth[0], smooth[smooth.length - 1],
          COST_DIVERGED), "lower η"));
    }
    return Optional.empty();
  }

  /**
   * Saturated hidden units (bounded activations; a confident output layer is what training aims
   * for) or dead units in any layer (ReLU family: a dead output unit never answers), sustained.
   */
  static Optional<Observation> blocked(Timeline t, Saturation.Kind kind, double level) {
    List<Reading> r = t.readings();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    int need = Math.min(SUSTAINED, r.size());
    int watched = r.get(0).layers().size() - (kind == Saturation.Kind.SATURATING ? 1 : 0);
    for (int start = 0; start + need <= r.size(); start++) {
      for (int l = 0; l < watched; l++) {
        LayerReading first = r.get(start).layers().get(l);
        if (first.kind() != kind) {
          continue;
        }
        boolean sustained = true;
        for (int k = start; k < start + need; k++) {
          sustained &= r.get(k).layers().get(l).blocked() >= level;
        }
        if (sustained && kind == Saturation.Kind.DYING) {
          return deadUnits(t, r.get(start), first, need);
        }
        if (sustained) {
          return Optional.of(kind == Saturation.Kind.SATURATING
              ? at(Symptom.SATURATION, Severity.PROBLEM, first.layer(), r.get(start), String.format(Locale.ROOT,
                  "%.0f %% of the %s layer's (example, unit) pairs are saturated (|f′| < 1 %% of its peak) for %d"
                      + " readings in a row; activations average %.3g", 100 * first.blocked(), first.activation(),
                  need, first.activationMean()),
                  "initialise for the activation (xavier-normal or nielsen-default), scale the inputs, or lower η")
              : at(Symptom.DEAD_UNITS, Severity.PROBLEM, first.layer(), r.get(start), String.format(Locale.ROOT,
                  "%.0f %% of the %s layer's units give 0 for every probe example, %d readings in a row",
                  100 * first.blocked(), first.activation(), need),
                  "lower η, initialise with he-normal, or use leaky-relu"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Dead units cost capacity; they are the problem only when the network does not learn without
   * them. A ReLU layer after pooled ReLU features often starts with 40-50 % of its units silent
   * (every input is ≥ 0, so a unit whose weights sum below 0 never fires) and the network learns
   * anyway. So a problem when, after {@value #TREND_READINGS} readings, the smoothed cost has not
   * fallen below half the first reading's; info when it has.
   */
  private static Optional<Observation> deadUnits(Timeline t, Reading at, LayerReading first, int need) {
    double[] smooth = smoothedCost(t.readings());
    if (smooth.length < TREND_READINGS) {
      return Optional.empty();
    }
    double start = t.readings().get(0).cost();
    double now = smooth[smooth.length - 1];
    String evidence = String.format(Locale.ROOT, "%.0f %% of the %s layer's units give 0 for every probe example,"
        + " %d readings in a row", 100 * first.blocked(), first.activation(), need);
    if (now < LEARNING * start) {
      return Optional.of(at(Symptom.DEAD_UNITS, Severity.INFO, first.layer(), at, String.format(Locale.ROOT,
          "%s, but the network learns without them (the training cost fell from %.4g to %.4g)", evidence, start,
          now), "nothing is required; leaky-relu or a small positive bias (0.01) would bring them back"));
    }
    return Optional.of(at(Symptom.DEAD_UNITS, Severity.PROBLEM, first.layer(), at, String.format(Locale.ROOT,
        "%s, and the training cost is still %.4g (from %.4g)", evidence, now, start),
        "lower η, initialise with he-normal, or use leaky-relu"));
  }

  /** A smoothed cost below this fraction of the first reading's: the network learns. */
  public static final double LEARNING = 0.5;

  static Optional<Observation> vanishing(Timeline t) {
    List<Reading> r = t.readings();
    if (r.size() < MEDIAN_READINGS || r.get(0).layers().size() < 3) {
      return Optional.empty();
    }
    int layers = r.get(0).layers().size();
    double[] ratio = r.stream().mapToDouble(x -> {
      double later = 0;
      for (int l = 1; l < layers; l++) {
        later = Math.max(later, x.layers().get(l).gradientRms());
      }
      return x.layers().get(0).gradientRms() / later;
    }).toArray();
    double median = median(ratio);
    if (!(median < VANISHING)) {
      return Optional.empty();
    }
    int first = firstIndex(ratio, v -> v < VANISHING);
    return Optional.of(at(Symptom.VANISHING_GRADIENT, median < VANISHING_PROBLEM ? Severity.PROBLEM : Severity.WARNING,
        1, r.get(first), String.format(Locale.ROOT, "layer 1's gradient per weight is %.3g of the largest later"
            + " layer's (median over %d readings; Nielsen's 4-layer sigmoid net has about 0.04)", median, r.size()),
        "use fewer layers, ReLU with he-normal, or batch-norm"));
  }

  static Optional<Observation> tooLow(Timeline t) {
    List<Reading> r = t.readings();
    double[] smooth = smoothedCost(r);
    if (smooth.length < TREND_READINGS) {
      return Optional.empty();
    }
    double largest = 0;
    for (int l = 0; l < r.get(0).layers().size(); l++) {
      int layer = l;
      double[] ratios = r.stream().mapToDouble(x -> x.layers().get(layer).updateRatio()).filter(Double::isFinite)
          .toArray();
      largest = Math.max(largest, ratios.length == 0 ? 0 : median(ratios));
    }
    double end = smooth[smooth.length - 1];
    if (largest < UPDATE_SLOW && end > t.chanceCost() && largest >= UPDATE_TOO_LOW) {
      return Optional.of(at(Symptom.LEARNING_RATE_TOO_LOW, Severity.WARNING, 0, r.get(0), String.format(Locale.ROOT,
          "updates change the weights by at most %.3g of their size (median ‖ΔW‖/‖W‖) and after the whole run the"
              + " training cost %.4g is still above the constant guess's %.4g", largest, end, t.chanceCost()),
          "raise η by 3-10×"));
    }
    if (largest < UPDATE_TOO_LOW && end > t.chanceCost()) {
      return Optional.of(at(Symptom.LEARNING_RATE_TOO_LOW, Severity.PROBLEM, 0, r.get(0), String.format(Locale.ROOT,
          "updates change the weights by at most %.3g of their size (median ‖ΔW‖/‖W‖; healthy is near 1e-3) and"
              + " the training cost %.4g is still above the constant guess's %.4g", largest, end, t.chanceCost()),
          "raise η by 10× or more"));
    }
    return Optional.empty();
  }

  static Optional<Observation> noSignal(Timeline t) {
    List<EpochReading> e = t.epochs();
    Optional<OverfitCheck> overfit = t.checks().map(RecipeChecks::overfit);
    if (e.isEmpty() || overfit.isEmpty() || !overfit.get().passed()) {
      return Optional.empty();
    }
    EpochReading last = e.get(e.size() - 1);
    if (t.classes() > 0) {
      double chance = Math.max(CHANCE_BAND / t.classes(), t.topLabelShare());
      if (last.heldOutAccuracy() <= chance) {
        return Optional.of(new Observation(Symptom.NO_SIGNAL, Severity.PROBLEM, 0, last.epoch(), -1,
            String.format(Locale.ROOT, "held-out accuracy %.1f %% after %d epoch(s) is at chance (≤ %.1f %%) although"
                + " the network fits one mini-batch (its cost fell from %.3g to %.3g)", 100 * last.heldOutAccuracy(),
                e.size(), 100 * chance, overfit.get().initialCost(), overfit.get().finalCost()),
            "check that the labels belong to the inputs (column, order, join)"));
      }
    } else if (last.heldOutCost() >= REGRESSION_CHANCE * t.chanceCost()) {
      return Optional.of(new Observation(Symptom.NO_SIGNAL, Severity.PROBLEM, 0, last.epoch(), -1,
          String.format(Locale.ROOT, "held-out cost %.4g is %.0f %% of the constant guess's %.4g although the network"
              + " fits one mini-batch", last.heldOutCost(), 100 * last.heldOutCost() / t.chanceCost(), t.chanceCost()),
          "check that the targets belong to the inputs"));
    }
    return Optional.empty();
  }

  static Optional<Observation> collapse(Timeline t) {
    List<EpochReading> e = t.epochs();
    if (e.isEmpty() || t.classes() == 0) {
      return Optional.empty();
    }
    List<EpochReading> collapsed = e.stream().filter(x -> x.topClassShare() >= COLLAPSED).toList();
    EpochReading last = e.get(e.size() - 1);
    boolean persistent = last.topClassShare() >= COLLAPSED || 2 * collapsed.size() > e.size();
    if (persistent && t.topLabelShare() <= 0.5) {
      EpochReading first = collapsed.get(0);
      return Optional.of(new Observation(Symptom.OUTPUT_COLLAPSE, Severity.PROBLEM, 0, first.epoch(), -1,
          String.format(Locale.ROOT, "%.0f %% of the probe examples get the same class after epoch %d (collapsed"
              + " after %d of %d epochs); the most common label covers %.0f %%", 100 * first.topClassShare(),
              first.epoch(), collapsed.size(), e.size(), 100 * t.topLabelShare()),
          "check the output activation and cost pairing (softmax with log-likelihood, sigmoid with cross-entropy)"
              + " and the output biases' initializer"));
    }
    return Optional.empty();
  }

  static Optional<Observation> overfitting(Timeline t) {
    List<EpochReading> e = t.epochs();
    if (e.size() < 2) {
      return Optional.empty();
    }
    double[] held = e.stream().mapToDouble(EpochReading::heldOutCost).toArray();
    int best = argmin(held);
    EpochReading last = e.get(e.size() - 1);
    boolean rising = best < held.length - 1 && held[held.length - 1] > (1 + HELD_OUT_RISE) * held[best];
    double gapNow = last.probeAccuracy() - last.heldOutAccuracy();
    boolean gap = t.classes() == 0 || gapNow >= GAP;
    boolean memorised = t.classes() > 0 && gapNow >= WIDE_GAP && last.probeAccuracy() >= MEMORISED;
    if (!(rising && gap) && !memorised) {
      return Optional.empty();
    }
    if (!rising) {
      best = held.length - 1;
    }
    return Optional.of(new Observation(Symptom.OVERFITTING, Severity.WARNING, 0, Math.min(best + 1, e.size() - 1), -1,
        t.classes() == 0
            ? String.format(Locale.ROOT, "held-out cost rose from %.4g (epoch %d) to %.4g", held[best], best,
                held[held.length - 1])
            : rising ? String.format(Locale.ROOT, "training accuracy %.1f %% vs held-out %.1f %%; held-out cost rose"
                + " from %.4g (epoch %d) to %.4g", 100 * last.probeAccuracy(), 100 * last.heldOutAccuracy(),
                held[best], best, held[held.length - 1])
            : String.format(Locale.ROOT, "training accuracy %.1f %% vs held-out %.1f %%: the training examples are"
                + " memorised", 100 * last.probeAccuracy(), 100 * last.heldOutAccuracy()),
        rising ? "more data, L2 (--lambda), dropout, or stop at epoch " + best : "more data, L2 (--lambda) or dropout"));
  }

  /**
   * The cost has stopped falling well above the level a network that learns reaches. Judged once
   * each quarter of the readings averages at least {@value #SMOOTHING} of them and the readings reach
   * into the second epoch: a small table is read at every mini-batch, so its first readings all fall
   * within the noisy start of the first epoch.
   */
  static Optional<Observation> plateau(Timeline t) {
    List<Reading> r = t.readings();
    if (r.size() < Math.max(TREND_READINGS, 4 * SMOOTHING) || r.get(r.size() - 1).epoch() < 1) {
      return Optional.empty();
    }
    int quarter = r.size() / 4;
    double third = meanCost(r, r.size() - 2 * quarter, r.size() - quarter);
    double last = meanCost(r, r.size() - quarter, r.size());
    double fell = (third - last) / third;
    if (fell < FLAT && last > PLATEAU_LEVEL * t.chanceCost()) {
      return Optional.of(at(Symptom.PLATEAU, Severity.WARNING, 0, r.get(r.size() - 2 * quarter), String.format(
          Locale.ROOT, "the training cost averaged %.4g over the last quarter of the readings against %.4g over the"
              + " quarter before (fell %.2g %%), still %.0f %% of the constant guess's %.4g", last, third, 100 * fell,
          100 * last / t.chanceCost(), t.chanceCost()),
          "a larger network (the data may not be separable by this one), another optimizer (momentum, adam), or a"
              + " cost matched to the output (cross-entropy)"));
    }
    return Optional.empty();
  }

  private static double meanCost(List<Reading> r, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += r.get(i).cost();
    }
    return sum / (to - from);
  }

  private static String healthyEvidence(Timeline t) {
    List<EpochReading> e = t.epochs();
    if (e.isEmpty()) {
      return "no rule fired";
    }
    EpochReading last = e.get(e.size() - 1);
    return t.classes() > 0 && Double.isFinite(last.heldOutAccuracy())
        ? String.format(Locale.ROOT, "no rule fired; held-out accuracy %.1f %% after %d epoch(s)",
            100 * last.heldOutAccuracy(), e.size())
        : String.format(Locale.ROOT, "no rule fired; held-out cost %.4g after %d epoch(s)", last.heldOutCost(), e.size());
  }

  private static Observation at(Symptom s, Severity severity, int layer, Reading r, String evidence, String fix) {
    return new Observation(s, severity, layer, r.epoch(), r.batch(), evidence, fix);
  }

  /** The cost's moving average over {@value #SMOOTHING} readings (fewer at the start). */
  static double[] smoothedCost(List<Reading> r) {
    double[] out = new double[r.size()];
    double sum = 0;
    for (int i = 0; i < r.size(); i++) {
      sum += r.get(i).cost();
      if (i >= SMOOTHING) {
        sum -= r.get(i - SMOOTHING).cost();
      }
      out[i] = sum / Math.min(i + 1, SMOOTHING);
    }
    return out;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static int argmin(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] < v[best]) {
        best = i;
      }
    }
    return best;
  }

  private interface Test {
    boolean holds(double v);
  }

  private static int firstIndex(double[] v, Test test) {
    return firstIndexAfter(v, -1, test);
  }

  private static int firstIndexAfter(double[] v, int after, Test test) {
    for (int i = after + 1; i < v.length; i++) {
      if (test.holds(v[i])) {
        return i;
      }
    }
    return v.length - 1;
  }
}
