package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import java.util.Arrays;
import java.util.Locale;

/** Which fan scales the variance, as in Keras's and PyTorch's {@code mode}. */
enum FanMode {
  FAN_IN,
  FAN_OUT,
  FAN_AVG;

  /** The spec word, e.g. {@code fan_in}. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FanMode of(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }

  double of(Fan fan) {
    return switch (this) {
      case FAN_IN -> fan.in();
      case FAN_OUT -> fan.out();
      case FAN_AVG -> fan.average();
    };
  }

  /** The fan as written in a formula: {@code 784}, {@code 30} or {@code (784+30)/2}. */
  String expression(Fan fan) {
    return switch (this) {
      case FAN_IN -> Integer.toString(fan.in());
      case FAN_OUT -> Integer.toString(fan.out());
      case FAN_AVG -> "((" + fan.in() + "+" + fan.out() + ")/2)";
    };
  }

  /** A {@code mode} parameter offering {@code modes}, defaulting to fan_in. */
  static ParameterSpec parameter(FanMode... modes) {
    String[] words = Arrays.stream(modes).map(FanMode::word).toArray(String[]::new);
    return ParameterSpec.of(
        "mode", ParameterType.choice(words), FAN_IN.word(), "the fan that scales the variance");
  }
}
