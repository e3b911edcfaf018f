package dev.nnlab.tck;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.ValueDistribution;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A test initializer that declares N(0, 1) and can be told to break one rule of the contract, so
 * the kit's tests can show that each check fails when it should.
 */
final class FixtureInitializer implements Initializer {

  enum Flaw {
    NONE,
    /** Draws N(0, 1.2²) while declaring N(0, 1). */
    WIDER_THAN_DECLARED,
    /** Draws N(0.1, 1) while declaring N(0, 1). */
    SHIFTED_MEAN,
    /** Draws U[-1, 1) while declaring N(0, 1): same mean, variance 1/3, wrong shape. */
    UNIFORM_NOT_NORMAL,
    /** Ignores the generator it is given and draws from its own, seeded once. */
    OWN_GENERATOR,
    /** Ignores the seed: always draws from a generator seeded 7. */
    FIXED_SEED,
    /** Leaves the last entry as it was. */
    SKIPS_LAST_ENTRY,
    /** Accepts any target, even an empty one. */
    ACCEPTS_ANY_TARGET
  }

  private final Flaw flaw;
  private final RandomGenerator own = new SplittableRandom(1);

  FixtureInitializer(Flaw flaw) {
    this.flaw = flaw;
  }

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    if (flaw != Flaw.ACCEPTS_ANY_TARGET
        && (target.getNumElements() == 0 || target.getNumRows() != fan.outChannels()
            || (target.getNumCols() != fan.in() && target.getNumCols() != 1))) {
      throw new IllegalArgumentException("cannot fill a " + target.getNumRows() + "×"
          + target.getNumCols() + " target for " + fan);
    }
    RandomGenerator source = switch (flaw) {
      case OWN_GENERATOR -> own;
      case FIXED_SEED -> new SplittableRandom(7);
      default -> random;
    };
    int n = target.getNumElements() - (flaw == Flaw.SKIPS_LAST_ENTRY ? 1 : 0);
    for (int i = 0; i < n; i++) {
      target.data[i] = switch (flaw) {
        case WIDER_THAN_DECLARED -> 1.2 * source.nextGaussian();
        case SHIFTED_MEAN -> 0.1 + source.nextGaussian();
        case UNIFORM_NOT_NORMAL -> source.nextDouble(-1, 1);
        default -> source.nextGaussian();
      };
    }
  }

  @Override
  public String formula(Fan fan) {
    return "N(0, 1) for " + fan;
  }

  @Override
  public Optional<ValueDistribution> distribution(Fan fan) {
    NormalDistribution normal = new NormalDistribution(0, 1);
    return Optional.of(new ValueDistribution() {
      @Override
      public double mean() {
        return 0;
      }

      @Override
      public double variance() {
        return 1;
      }

      @Override
      public double lower() {
        return Double.NEGATIVE_INFINITY;
      }

      @Override
      public double upper() {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public double cdf(double x) {
        return normal.cumulativeProbability(x);
      }
    });
  }
}
