package dev.nnlab.layers;

import dev.nnlab.core.plugin.Parameters;

/** The canonical spec a definition prints, as {@link dev.nnlab.core.plugin.Configured#spec()} writes it. */
final class Specs {

  private Specs() {}

  static String canonical(String name, Parameters parameters) {
    String arguments = parameters.toString();
    return arguments.isEmpty() ? name : name + "(" + arguments + ")";
  }
}
