package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginKind;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A layer parameter whose value is another plugin's spec, such as {@code activation=sigmoid} or
 * {@code weights=he-normal(mode=fan_out)}, or the word {@code network}; parsed to an
 * {@link Overridable}. An unknown spec fails with the catalog's own message (available names,
 * closest match).
 */
final class OverridableType<T> implements ParameterType {

  private final PluginKind<T> kind;
  private final BiFunction<PluginCatalog, String, Configured<T>> maker;

  private OverridableType(PluginKind<T> kind, BiFunction<PluginCatalog, String, Configured<T>> maker) {
    this.kind = kind;
    this.maker = maker;
  }

  static OverridableType<Activation> activation() {
    return new OverridableType<>(PluginKinds.ACTIVATION, PluginCatalog::activation);
  }

  static OverridableType<Initializer> initializer() {
    return new OverridableType<>(PluginKinds.INITIALIZER, PluginCatalog::initializer);
  }

  /** Tells a reader of saved networks which parameters name initializers it may drop. */
  @Override
  public Optional<PluginKind<?>> componentKind() {
    return Optional.of(kind);
  }

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    if (text.equalsIgnoreCase(Overridable.NETWORK)) {
      return new Overridable<T>(Optional.empty());
    }
    return new Overridable<>(Optional.of(maker.apply(catalog, text)));
  }

  @Override
  public String describe() {
    return "an " + kind.label() + " spec, or " + Overridable.NETWORK + " for the network's";
  }

  /** The parsed value of a parameter declared with this type. */
  @SuppressWarnings("unchecked")
  static <T> Overridable<T> value(dev.nnlab.core.plugin.Parameters parameters, String name) {
    parameters.text(name); // fails clearly if the plugin never declared it
    return (Overridable<T>) parameters.asMap().get(name);
  }
}
