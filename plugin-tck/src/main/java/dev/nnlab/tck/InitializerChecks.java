package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.ValueDistribution;
import dev.nnlab.tck.stat.SampleMoments;
import dev.nnlab.tck.stat.ValueDistributionAdapter;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.opentest4j.AssertionFailedError;

/**
 * The checks the conformance kit runs on one initializer for one fan. Each throws an
 * {@link AssertionError} saying what was expected. Statistical checks pool at least
 * {@value #POOLED_VALUES} values from repeated fills with one generator seeded {@value #SEED}, so
 * their outcome is reproducible; tolerances are {@value #STANDARD_ERRORS} standard errors, so a
 * correct initializer fails one with probability about 2e-9, while a standard deviation 20% off
 * is some 30 standard errors away.
 */
final class InitializerChecks {

  static final long SEED = 20_240_611L;
  static final int POOLED_VALUES = 20_000;
  static final double STANDARD_ERRORS = 6;
  static final double MIN_KS_P_VALUE = 0.001;
  static final int OTHER_SEEDS = 20;

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private final Initializer initializer;
  private final Fan fan;
  private double[] pooled;

  InitializerChecks(Initializer initializer, Fan fan) {
    this.initializer = initializer;
    this.fan = fan;
  }

  /** Fills a fresh {@code rows × cols} matrix, prefilled with {@code prefill}, from {@code seed}. */
  private double[] fill(int rows, int cols, long seed, double prefill) {
    DMatrixRMaj target = new DMatrixRMaj(rows, cols);
    Arrays.fill(target.data, prefill);
    initializer.initialize(target, fan, new SplittableRandom(seed));
    assertThat(target.getNumRows() * target.getNumCols())
        .as("initialize must keep the target's %d×%d shape", rows, cols)
        .isEqualTo(rows * cols);
    return target.data.clone();
  }

  void sameSeedGivesIdenticalValues(int cols) {
    double[] first = fill(fan.outChannels(), cols, SEED, 0);
    double[] second = fill(fan.outChannels(), cols, SEED, 0);
    Counterexample.requireSame("a second fill from a generator with the same seed", first, second, cols);
  }

  void overwritesEveryEntry(int cols) {
    double[] fromNaN = fill(fan.outChannels(), cols, SEED, Double.NaN);
    double[] fromSeven = fill(fan.outChannels(), cols, SEED, 7);
    int bad = Counterexample.firstNonFinite(fromNaN);
    if (bad >= 0) {
      throw new AssertionFailedError("entry (" + bad / cols + ", " + bad % cols + ") of a target prefilled"
          + " with NaN is " + fromNaN[bad] + " after the fill; expected every entry written with a finite value");
    }
    Counterexample.requireSame("a fill of a target prefilled with 7 (values must not depend on what the"
        + " target held) vs one prefilled with NaN", fromNaN, fromSeven, cols);
  }

  /**
   * An initializer whose declared distribution has variance &gt; 0, or which declares none and draws
   * from the generator, must give different values for some other seed (up to
   * {@value #OTHER_SEEDS} are tried, so that an initializer with few possible outcomes, such as a
   * 1×1 orthogonal matrix ±1, passes); one that draws nothing must not depend on the seed at all.
   */
  void seedDependence() {
    DrawCountingRandom counting = new DrawCountingRandom(new SplittableRandom(SEED));
    initializer.initialize(new DMatrixRMaj(fan.outChannels(), fan.in()), fan, counting);
    boolean random =
        initializer.distribution(fan).map(d -> d.variance() > 0).orElse(counting.draws() > 0);
    double[] first = fill(fan.outChannels(), fan.in(), SEED, 0);
    if (random) {
      boolean differs = false;
      for (int k = 1; k <= OTHER_SEEDS && !differs; k++) {
        differs = !Arrays.equals(first, fill(fan.outChannels(), fan.in(), SEED + k, 0));
      }
      assertThat(differs)
          .as("a random initializer (%d draws) must give other values for some of %d other seeds",
              counting.draws(), OTHER_SEEDS)
          .isTrue();
    } else {
      for (int k = 1; k <= 3; k++) {
        Counterexample.requireSame("seed " + (SEED + k) + " vs seed " + SEED + " (an initializer that draws"
            + " nothing and declares no variance must ignore the seed)", first,
            fill(fan.outChannels(), fan.in(), SEED + k, 0), fan.in());
      }
    }
  }

  void formulaNamesTheNumbers() {
    String formula = initializer.formula(fan);
    assertThat(formula).as("formula(%s)", fan).isNotBlank();
    assertThat(DIGIT.matcher(formula).find())
        .as("formula(%s) = '%s' must show the actual numbers", fan, formula)
        .isTrue();
  }

  void distributionIsCoherent(ValueDistribution d) {
    assertThat(Double.isFinite(d.mean())).as("declared mean %s is finite", d.mean()).isTrue();
    assertThat(d.variance()).as("declared variance").isFinite().isGreaterThanOrEqualTo(0);
    assertThat(d.lower()).as("lower bound").isLessThanOrEqualTo(d.mean());
    assertThat(d.upper()).as("upper bound").isGreaterThanOrEqualTo(d.mean());
    if (Double.isFinite(d.lower())) {
      assertThat(d.cdf(Math.nextDown(d.lower()))).as("cdf below the lower bound").isZero();
    }
    if (Double.isFinite(d.upper())) {
      assertThat(d.cdf(d.upper())).as("cdf at the upper bound").isEqualTo(1.0);
    }
    double spread = 8 * Math.sqrt(d.variance());
    double from = Math.max(d.lower(), d.mean() - spread);
    double to = Math.min(d.upper(), d.mean() + spread);
    double previous = 0;
    for (int i = 0; i <= 200; i++) {
      double x = from + (to - from) * i / 200;
      double p = d.cdf(x);
      assertThat(p).as("cdf(%s)", x).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
      previous = p;
    }
  }

  private double[] pooled() {
    if (pooled == null) {
      int size = fan.outChannels() * fan.in();
      int fills = (POOLED_VALUES + size - 1) / size;
      DMatrixRMaj target = new DMatrixRMaj(fan.outChannels(), fan.in());
      SplittableRandom random = new SplittableRandom(SEED);
      pooled = new double[fills * size];
      for (int k = 0; k < fills; k++) {
        initializer.initialize(target, fan, random);
        System.arraycopy(target.data, 0, pooled, k * size, size);
      }
    }
    return pooled;
  }

  void valuesWithinBounds(ValueDistribution d) {
    double[] values = pooled();
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= d.lower() && values[i] <= d.upper())) {
        throw new AssertionFailedError("value " + i + " of " + values.length + " is " + values[i]
            + ", outside the declared [" + d.lower() + ", " + d.upper() + "]");
      }
    }
  }

  void everyValueEqualsTheConstant(ValueDistribution d) {
    double[] values = pooled();
    for (int i = 0; i < values.length; i++) {
      if (Double.compare(values[i], d.mean()) != 0) {
        throw new AssertionFailedError("value " + i + " of " + values.length + " is " + values[i]
            + "; variance 0 is declared, so every value must be the declared mean " + d.mean());
      }
    }
  }

  void meanMatches(ValueDistribution d) {
    SampleMoments moments = SampleMoments.of(pooled());
    double tolerance = STANDARD_ERRORS * moments.standardErrorOfMean(d.variance())
        + 1e-12 * (1 + Math.abs(d.mean()));
    assertThat(moments.mean())
        .as("sample mean of %d values vs the declared %s (± %s standard errors)",
            moments.count(), d.mean(), STANDARD_ERRORS)
        .isCloseTo(d.mean(), within(tolerance));
  }

  void varianceMatches(ValueDistribution d) {
    SampleMoments moments = SampleMoments.of(pooled());
    double tolerance = STANDARD_ERRORS * moments.standardErrorOfVariance() + 1e-12 * d.variance();
    assertThat(moments.variance())
        .as("sample variance of %d values vs the declared %s (± %s standard errors)",
            moments.count(), d.variance(), STANDARD_ERRORS)
        .isCloseTo(d.variance(), within(tolerance));
  }

  void kolmogorovSmirnov(ValueDistribution d) {
    double p = new KolmogorovSmirnovTest()
        .kolmogorovSmirnovTest(new ValueDistributionAdapter(d), pooled());
    assertThat(p)
        .as("Kolmogorov–Smirnov p-value of %d values against the declared cdf", pooled().length)
        .isGreaterThan(MIN_KS_P_VALUE);
  }

  static void rejectsEmptyTarget(Initializer initializer, Fan fan) {
    requireRefusal(initializer, fan, 0, 0);
  }

  static void rejectsMismatchedTarget(Initializer initializer, Fan fan) {
    requireRefusal(initializer, fan, fan.outChannels() + 1, fan.in());
  }

  /** Filling a {@code rows × cols} target for {@code fan} must throw IllegalArgumentException naming that shape. */
  private static void requireRefusal(Initializer initializer, Fan fan, int rows, int cols) {
    String target = "a " + rows + "×" + cols + " target for " + fan;
    RuntimeException thrown = null;
    try {
      initializer.initialize(new DMatrixRMaj(rows, cols), fan, new SplittableRandom(SEED));
    } catch (RuntimeException e) {
      thrown = e;
    }
    if (thrown == null) {
      throw new AssertionFailedError(target + " was accepted; expected an IllegalArgumentException naming "
          + rows + "×" + cols);
    }
    if (!(thrown instanceof IllegalArgumentException)) {
      throw new AssertionFailedError(target + " threw " + thrown.getClass().getName()
          + "; expected an IllegalArgumentException naming " + rows + "×" + cols);
    }
    String message = String.valueOf(thrown.getMessage());
    if (!Pattern.compile(rows + "\\s*[×x]\\s*" + cols).matcher(message).find()) {
      throw new AssertionFailedError(target + " was refused with \"" + message + "\"; expected the message to name "
          + rows + "×" + cols);
    }
  }

  /** When the declared distribution changes with the fan, so must the formula. */
  static void formulaFollowsTheFan(Initializer initializer, Fan a, Fan b) {
    Optional<ValueDistribution> da = initializer.distribution(a);
    Optional<ValueDistribution> db = initializer.distribution(b);
    boolean lawDiffers = da.isPresent() && db.isPresent()
        && (da.get().variance() != db.get().variance() || da.get().mean() != db.get().mean());
    if (lawDiffers || da.isEmpty()) {
      assertThat(initializer.formula(b))
          .as("the formula for %s must differ from the one for %s", b, a)
          .isNotEqualTo(initializer.formula(a));
    } else {
      assertThat(initializer.formula(a)).isNotBlank();
    }
  }
}
