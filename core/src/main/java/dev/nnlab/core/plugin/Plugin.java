package dev.nnlab.core.plugin;

import java.util.List;

/**
 * A discoverable factory for one kind of component (an initializer, an activation, ...).
 *
 * <p>Implementations are public classes with a public no-argument constructor that does nothing
 * expensive; they are found by {@link java.util.ServiceLoader} through a
 * {@code META-INF/services/<contract>} entry, where the contract is the kind's sub-interface (for
 * example {@code dev.nnlab.core.init.InitializerProvider}). A plugin is known by a stable kebab-case
 * {@link #name()} and optional {@link #aliases()}, and is made from a spec string such as
 * {@code he-normal(mode=fan_out)}: the registry parses and checks the parameters against
 * {@link #parameters()} before {@link #create(Parameters)} is called.
 *
 * @param <T> what the plugin makes
 */
public interface Plugin<T> {

  /** The unique kebab-case name, e.g. {@code xavier-normal}. */
  String name();

  /** Other names this plugin answers to, e.g. {@code glorot-normal}; none by default. */
  default List<String> aliases() {
    return List.of();
  }

  /** One line for catalogues and {@code --help}. */
  String description();

  /** The parameters a spec may set, in the order they are shown; none by default. */
  default List<ParameterSpec> parameters() {
    return List.of();
  }

  /**
   * Spec strings that exercise this plugin's parameters, e.g. {@code he-normal(mode=fan_out)}. The
   * conformance kit tests every one of them; catalogues show them. By default just the bare name.
   */
  default List<String> examples() {
    return List.of(name());
  }

  /**
   * Makes the component. {@code parameters} holds a value for every declared parameter (defaults
   * filled in), already checked against its {@link ParameterType}.
   *
   * @throws IllegalArgumentException if the combination of values is invalid (say which and why)
   */
  T create(Parameters parameters);
}
