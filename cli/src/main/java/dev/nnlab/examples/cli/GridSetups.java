package dev.nnlab.examples.cli;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.examples.sweep.CellResolver;
import dev.nnlab.examples.sweep.ResolvedCell;
import dev.nnlab.examples.train.TrainingSetup;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * Reads a sweep run's options with the very option classes {@code train} uses, so a grid can name
 * every option {@code train} takes ({@code --layers}, {@code --sizes}, {@code --eta}, ...) and is
 * checked exactly as the command line would be. Public because Spark executors resolve their runs too.
 */
public final class GridSetups implements CellResolver {

  private final PluginCatalog catalog;

  public GridSetups(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  /** The options of one run: those of train's network and data mixins, nothing else. */
  @Command(name = "run")
  static final class RunOptions {
    @Mixin NetworkOptions network;
    @Mixin DataOptions data;
  }

  @Override
  public ResolvedCell resolve(List<String> arguments) {
    RunOptions options = new RunOptions();
    try {
      new CommandLine(options).parseArgs(arguments.toArray(String[]::new));
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage().lines().findFirst().orElse("bad option")
          + " (a grid names options of nnlab train)", e);
    }
    TrainingSetup setup = options.network.resolve(catalog, options.data.definition());
    if (options.data.trainSize != null && options.data.trainSize < 1) {
      throw new IllegalArgumentException("--train-size " + options.data.trainSize + ": expected a positive number of images");
    }
    return new ResolvedCell(setup, options.data.definition(), options.data.trainSize);
  }
}
