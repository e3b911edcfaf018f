package dev.nnlab.initializers;

import dev.nnlab.core.init.ValueDistribution;
import java.util.random.RandomGenerator;

/** A declared distribution that can also draw its values. */
interface SampledDistribution extends ValueDistribution {

  /** One value, drawn from {@code random} only. */
  double sample(RandomGenerator random);
}
