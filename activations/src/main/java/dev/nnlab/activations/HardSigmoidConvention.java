package dev.nnlab.activations;

import java.util.Arrays;
import java.util.Locale;

/**
 * The three piecewise-linear sigmoids in use, all of the form clip(slope·z + 1/2, 0, 1); they
 * differ only in the slope, hence in where they saturate.
 */
enum HardSigmoidConvention {
  /** relu6(z + 3)/6: PyTorch's Hardsigmoid, Keras 3, MobileNetV3 (Howard et al. 2019). */
  PYTORCH(1.0 / 6.0),
  /** clip(0.2·z + 0.5): Keras 2 / tf.keras, Theano's hard_sigmoid, DL4J's HARDSIGMOID. */
  KERAS2(0.2),
  /** clip((z + 1)/2): Courbariaux et al.'s BinaryConnect / BinaryNet (2015, 2016). */
  COURBARIAUX(0.5);

  final double slope;

  HardSigmoidConvention(double slope) {
    this.slope = slope;
  }

  /** The word used in specs: {@code pytorch}, {@code keras2}, {@code courbariaux}. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static String[] words() {
    return Arrays.stream(values()).map(HardSigmoidConvention::word).toArray(String[]::new);
  }

  static HardSigmoidConvention fromWord(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }

  /** The |z| beyond which the output is 0 or 1. */
  double saturation() {
    return 0.5 / slope;
  }
}
