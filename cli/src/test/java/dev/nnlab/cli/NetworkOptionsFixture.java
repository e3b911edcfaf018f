package dev.nnlab.cli;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.data.DataSetDefinition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Parses {@link NetworkOptions} from arguments as a command using the mixin would. */
public final class NetworkOptionsFixture {

  @Command(name = "fixture")
  static final class Holder {
    @Mixin NetworkOptions options;
  }

  private NetworkOptionsFixture() {}

  public static NetworkOptions parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options;
  }

  /** Parses and resolves on the standard catalog for MNIST. */
  public static TrainingSetup resolve(String... args) {
    return parse(args).resolve(PluginCatalog.standard(), DataSetDefinition.MNIST);
  }
}
