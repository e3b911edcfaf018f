package dev.nnlab.core.plugin;

import java.util.List;

/** One word from a fixed list; see {@link ParameterType#choice(String...)}. */
record ChoiceType(List<String> choices) implements ParameterType {

  ChoiceType {
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("a choice needs at least one allowed value");
    }
    choices = List.copyOf(choices);
  }

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    for (String choice : choices) {
      if (choice.equalsIgnoreCase(text)) {
        return choice;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not allowed; expected " + describe());
  }

  @Override
  public String describe() {
    return "one of " + String.join(", ", choices);
  }
}
