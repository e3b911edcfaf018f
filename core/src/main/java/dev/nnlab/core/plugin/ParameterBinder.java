package dev.nnlab.core.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches a spec's arguments to a plugin's declared parameters, filling in defaults. */
final class ParameterBinder {

  private ParameterBinder() {}

  static Parameters bind(PluginKind<?> kind, Plugin<?> plugin, Spec spec, PluginCatalog catalog) {
    List<ParameterSpec> declared = plugin.parameters();
    for (String key : spec.arguments().keySet()) {
      if (declared.stream().noneMatch(p -> p.name().equals(key))) {
        String accepted =
            declared.isEmpty()
                ? "it takes no parameters"
                : "accepted: " + String.join(", ", declared.stream().map(ParameterSpec::name).toList());
        throw new SpecException(
            "unknown parameter '" + key + "' for " + kind.label() + " '" + plugin.name() + "'; "
                + accepted);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (ParameterSpec parameter : declared) {
      String given = spec.arguments().get(parameter.name());
      String text = given != null ? given : parameter.defaultText();
      try {
        values.put(parameter.name(), parameter.type().parse(text, catalog));
      } catch (IllegalArgumentException e) {
        String origin = given != null ? "" : " (its default)";
        throw Hyperparameters.badValue(kind, plugin, parameter.name(), origin, e);
      }
      texts.put(parameter.name(), text);
    }
    return new Parameters(values, texts);
  }
}
