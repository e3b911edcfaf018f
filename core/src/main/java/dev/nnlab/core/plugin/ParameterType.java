package dev.nnlab.core.plugin;

import dev.nnlab.core.activation.Activation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a parameter's text is turned into a value, and what text is allowed. Values are checked at
 * parse time so that a plugin's {@code create} sees only valid ones.
 */
public interface ParameterType {

  /**
   * Parses {@code text}.
   *
   * @param catalog for types that refer to other plugins (a gain given as an activation spec)
   * @throws IllegalArgumentException saying what was expected; the caller adds which parameter
   */
  Object parse(String text, PluginCatalog catalog);

  /** What values are allowed, for messages and catalogues: "a number > 0", "one of fan_in, fan_out". */
  String describe();

  /** The plugin kind whose spec this parameter takes, for a {@link #component} parameter. */
  default Optional<PluginKind<?>> componentKind() {
    return Optional.empty();
  }

  /** Any finite real number. */
  static ParameterType real() {
    return new RealType(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
  }

  /** A finite real number strictly greater than zero. */
  static ParameterType positive() {
    return new RealType(0, false, Double.POSITIVE_INFINITY, false);
  }

  /** A finite real number at least zero. */
  static ParameterType nonNegative() {
    return new RealType(0, true, Double.POSITIVE_INFINITY, false);
  }

  /** A real number in [low, high] (both ends included). */
  static ParameterType realBetween(double low, double high) {
    return new RealType(low, true, high, true);
  }

  /** A real number with explicit bounds; {@code inclusive} flags say whether each end is allowed. */
  static ParameterType real(double low, boolean lowInclusive, double high, boolean highInclusive) {
    return new RealType(low, lowInclusive, high, highInclusive);
  }

  /** A whole number in [low, high]. */
  static ParameterType integer(long low, long high) {
    return new IntegerType(low, high);
  }

  /** {@code true} or {@code false}. */
  static ParameterType bool() {
    return BooleanType.INSTANCE;
  }

  /** One word out of a fixed list; matched ignoring case. */
  static ParameterType choice(String... choices) {
    return new ChoiceType(List.of(choices));
  }

  /**
   * An initialisation gain: a number &gt; 0, or an activation spec whose {@link Activation#gain()} is
   * used (so {@code gain=relu} means sqrt(2) and {@code gain=leaky-relu(slope=0.2)} its own value).
   */
  static ParameterType gain() {
    return GainType.INSTANCE;
  }

  /**
   * The spec of a {@code kind} plugin, such as {@code activation=leaky-relu(slope=0.2)}, or the empty
   * text for none; {@link Parameters#component} gives an {@code Optional<Configured<T>>}.
   */
  static ParameterType component(PluginKind<?> kind) {
    return new ComponentType(kind);
  }

  /** Formats a double the way catalogues show it: no trailing zeros, no exponent for common values. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.6g", value);
    if (text.contains("e")) {
      return text;
    }
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
