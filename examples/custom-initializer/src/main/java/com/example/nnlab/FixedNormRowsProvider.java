package com.example.nnlab;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * {@code fixed-norm-rows(norm=1)}: every unit's incoming weight vector points in a uniformly random
 * direction and has exactly the given Euclidean length.
 *
 * <p>Why it is instructive: a unit's pre-activation is z = w·x + b, and |w·x| ≤ ‖w‖·‖x‖. Fixing ‖w‖
 * bounds every unit's input whatever the fan-in, which is the property the Xavier and He schemes
 * reach only on average (their ‖w‖² is about fan_in·σ²). With norm=1 on MNIST (‖x‖ ≈ 9) no sigmoid
 * unit can be pushed far into saturation at the start, while numpy's {@code rand} gives
 * ‖w‖ ≈ sqrt(784/3) ≈ 16 with every weight positive, so z ≈ 50 for every unit.
 */
public final class FixedNormRowsProvider implements InitializerProvider {

  @Override
  public String name() {
    return "fixed-norm-rows";
  }

  @Override
  public String description() {
    return "each unit's incoming weights: a random direction scaled to a fixed Euclidean norm";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("norm", ParameterType.positive(), "1", "the length of every row"));
  }

  @Override
  public List<String> examples() {
    return List.of("fixed-norm-rows", "fixed-norm-rows(norm=3)");
  }

  @Override
  public Initializer create(Parameters parameters) {
    return new FixedNormRows(parameters.real("norm"));
  }

  /** Draws each row from an isotropic Gaussian, whose direction is uniform, then rescales it. */
  private record FixedNormRows(double norm) implements Initializer {

    @Override
    public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
      boolean weights = target.numCols == fan.in();
      boolean bias = target.numCols == 1;
      // A convolution's weights have one row per filter: outChannels(), which is out() for dense.
      if (target.getNumElements() == 0 || target.numRows != fan.outChannels() || !(weights || bias)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "fixed-norm-rows: cannot fill a %d×%d matrix for %s; expected %d×%d weights or a %d×1 bias",
            target.numRows, target.numCols, fan, fan.outChannels(), fan.in(), fan.outChannels()));
      }
      int columns = target.numCols;
      for (int row = 0; row < target.numRows; row++) {
        int start = row * columns;
        double squares = 0;
        for (int i = start; i < start + columns; i++) {
          double value = random.nextGaussian();
          target.data[i] = value;
          squares += value * value;
        }
        double scale = norm / Math.sqrt(squares);
        for (int i = start; i < start + columns; i++) {
          target.data[i] *= scale;
        }
      }
    }

    @Override
    public String formula(Fan fan) {
      return String.format(Locale.ROOT,
          "fixed-norm-rows: each row ~ N(0, I) scaled to norm %.4g (per-weight std ≈ %.4g = %.4g/sqrt(%d))",
          norm, norm / Math.sqrt(fan.in()), norm, fan.in());
    }
  }
}
