package dev.nnlab.core.init;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Fills a layer's weight or bias matrix. Must be deterministic: the same fan, matrix shape and
 * generator state give the same values, and all randomness comes from {@code random}.
 */
public interface Initializer {

  /**
   * Overwrites every entry of {@code target}.
   *
   * @param target {@code fan.outChannels() × fan.in()} for weights, {@code fan.outChannels() × 1}
   *     for biases (for a dense layer {@code outChannels()} is {@code out()}; a convolution's
   *     weights are {@code F × (C·kh·kw)}, see {@link Fan})
   * @param fan the fan of the layer the matrix belongs to
   * @param random the generator to draw from
   * @throws IllegalArgumentException if {@code target} has no entries or a shape this initializer
   *     cannot fill
   */
  void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random);

  /**
   * The effective formula with the actual numbers for this fan, e.g.
   * {@code U(-0.0858, 0.0858) = ±sqrt(6/(784+30))}.
   */
  String formula(Fan fan);

  /**
   * The distribution every value follows independently for this fan, when there is one (not for
   * orthogonal or sparse initialisation, whose values are not independent).
   */
  default Optional<ValueDistribution> distribution(Fan fan) {
    return Optional.empty();
  }
}
