package dev.nnlab.core.plugin;

/**
 * Checks a hyperparameter of a plugin object made directly in code ({@code new Sgd(-3)}) against the
 * {@link ParameterSpec} its provider declares, and words a bad value the way a spec string with that
 * value is refused ({@code sgd(eta=-3)} on the command line). So each rule is written once, in the
 * provider's declaration, and both paths give the same message.
 */
public final class Hyperparameters {

  private Hyperparameters() {}

  /**
   * Returns {@code value} if {@code provider} allows it for {@code parameter}.
   *
   * @param kind the kind of plugin, named in the message ("optimizer")
   * @param provider the plugin whose declared parameter applies
   * @throws SpecException if the value is out of the declared range, with the spec parser's message
   * @throws IllegalStateException if {@code provider} declares no such parameter
   */
  public static double check(PluginKind<?> kind, Plugin<?> provider, String parameter, double value) {
    ParameterSpec declared = provider.parameters().stream()
        .filter(p -> p.name().equals(parameter))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            kind.label() + " '" + provider.name() + "' declares no parameter '" + parameter + "'"));
    try {
      declared.type().parse(text(value), null);
    } catch (IllegalArgumentException e) {
      throw badValue(kind, provider, parameter, "", e);
    }
    return value;
  }

  /**
   * The refusal of a value for a declared parameter, shared with the spec parser.
   *
   * @param origin appended to the parameter's name, e.g. " (its default)"
   */
  static SpecException badValue(
      PluginKind<?> kind, Plugin<?> plugin, String parameter, String origin, IllegalArgumentException cause) {
    return new SpecException(
        "bad value for parameter '" + parameter + "'" + origin + " of " + kind.label() + " '"
            + plugin.name() + "': " + cause.getMessage(),
        cause);
  }

  /** The value as a user would write it: short where that is exact, every digit otherwise. */
  private static String text(double value) {
    String shortForm = ParameterType.format(value);
    try {
      return Double.parseDouble(shortForm) == value ? shortForm : Double.toString(value);
    } catch (NumberFormatException notShort) {
      return Double.toString(value);
    }
  }
}
