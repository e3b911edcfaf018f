package dev.nnlab.core.plugin;

import java.util.Objects;
import java.util.Optional;

/**
 * A parameter whose value is another plugin's spec, such as a layer's {@code activation=relu}; the
 * empty text means "none given" (the caller fills in its own default). See
 * {@link ParameterType#component(PluginKind)}.
 */
record ComponentType(PluginKind<?> kind) implements ParameterType {

  ComponentType {
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(catalog.registry(kind).create(text, catalog));
    } catch (SpecException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public Optional<PluginKind<?>> componentKind() {
    return Optional.of(kind);
  }

  @Override
  public String describe() {
    return kind.label() + " spec, or nothing for the network's own";
  }
}
