package dev.nnlab.cli;

import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginDiscoveryException;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKind;
import dev.nnlab.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists every discovered plugin: names, aliases, parameters, description and where it came from. */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the plugins nnlab can use.",
      "",
      "For each kind: the names and aliases (what --init, --activation and friends accept),",
      "the parameters with their defaults, and the jar or directory each was loaded from."
    })
final class PluginsCommand implements Runnable {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "Only this kind (e.g. initializer, activation).")
  String kind;

  @Option(names = "--names", description = "Only the names, one per line.")
  boolean namesOnly;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PluginCatalog catalog = root.catalog();
    List<PluginKind<?>> kinds = selectedKinds();
    for (PluginKind<?> pluginKind : kinds) {
      print(out, catalog.registry(pluginKind));
    }
    out.flush();
  }

  private List<PluginKind<?>> selectedKinds() {
    if (kind == null) {
      return PluginCatalog.listedKinds();
    }
    Optional<PluginKind<?>> match =
        PluginCatalog.listedKinds().stream()
            .filter(k -> k.label().equalsIgnoreCase(kind) || (k.label() + "s").equalsIgnoreCase(kind))
            .findFirst();
    return List.of(
        match.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--kind " + kind + ": unknown kind; expected one of "
                        + String.join(
                            ", ", PluginCatalog.listedKinds().stream().map(PluginKind::label).toList()))));
  }

  private void print(PrintWriter out, PluginRegistry<?> registry) {
    String label = registry.kind().label();
    if (namesOnly) {
      registry.entries().forEach(entry -> out.println(entry.name()));
      return;
    }
    out.printf(Locale.ROOT, "%s (%d)%n", capitalised(label) + "s", registry.entries().size());
    if (registry.entries().isEmpty()) {
      try {
        registry.requireNotEmpty();
      } catch (PluginDiscoveryException e) {
        out.println("  " + e.getMessage());
      }
    }
    for (PluginEntry<?> entry : registry.entries()) {
      String aliases = entry.plugin().aliases().isEmpty() ? "" : "  [" + String.join(", ", entry.plugin().aliases()) + "]";
      out.println("  " + entry.name() + aliases);
      out.println("      " + entry.plugin().description());
      for (ParameterSpec parameter : entry.plugin().parameters()) {
        out.printf(
            Locale.ROOT,
            "      %s=%s  %s; %s%n",
            parameter.name(),
            parameter.defaultText(),
            parameter.meaning(),
            parameter.type().describe());
      }
      out.println("      from " + entry.location());
    }
    out.println();
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
