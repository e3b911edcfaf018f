package dev.nnlab.cli;

import dev.nnlab.core.plugin.PluginCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: global options and the list of subcommands. */
@Command(
    name = "nnlab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Trains neural networks and explains why they do or do not learn.",
      "",
      "Start with './nnlab train' (Nielsen's network on MNIST) or './nnlab plugins'."
    },
    subcommands = {
      TrainCommand.class,
      AuditCommand.class,
      DoctorCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      ReproduceCommand.class,
      SampleCommand.class,
      PluginsCommand.class,
      DataCommand.class,
      BenchCommand.class,
      BenchRunCommand.class,
      HelpCommand.class
    },
    usageHelpAutoWidth = true)
public final class NnlabCommand implements Runnable {

  @Option(
      names = "--plugins",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description =
          "A plugin jar, or a directory of jars or classes, to add to the classpath (repeatable)."
              + " The environment variable NNLAB_PLUGINS adds more (separated by ':').")
  List<Path> pluginPaths = new ArrayList<>();

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the full stack trace when something fails.")
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  private PluginCatalog catalog;

  /** The plugins visible to this run: nnlab's own plus those named by --plugins and NNLAB_PLUGINS. */
  public PluginCatalog catalog() {
    if (catalog == null) {
      catalog = PluginPaths.catalog(pluginPaths, System.getenv(PluginPaths.ENVIRONMENT_VARIABLE),
          warning -> spec.commandLine().getErr().println("nnlab: " + warning));
    }
    return catalog;
  }

  /** The plugin jars and class directories {@link #catalog} loaded beyond nnlab's own. */
  public List<Path> pluginLocations() {
    return PluginPaths.locations(catalog());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
