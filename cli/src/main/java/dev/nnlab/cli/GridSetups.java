package dev.nnlab.cli;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.sweep.CellResolver;
import dev.nnlab.cli.sweep.ResolvedCell;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * Reads a sweep run's options with the very option classes {@code train} uses, so a grid can name
 * every option {@code train} takes ({@code --layers}, {@code --sizes}, {@code --eta}, the user's
 * own data, ...) and is checked exactly as the command line would be. Public because Spark
 * executors resolve their runs too.
 *
 * <p>The user's own data ({@code --dataset csv:PATH} or {@code idx:DIR}) decide the input size, so
 * they are read here, once per way of reading them (a CSV split from the seed once per seed), and
 * shared by every run that reads them the same way.
 */
public final class GridSetups implements CellResolver {

  private final PluginCatalog catalog;
  private final Map<String, TrainingData> userData = new ConcurrentHashMap<>();

  public GridSetups(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  /** The options of one run: those of train's network and data mixins, nothing else. */
  @Command(name = "run")
  static final class RunOptions {
    @Mixin NetworkOptions network;
    @Mixin TrainingDataOptions data;
    @Mixin UserDataOptions user;
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
    options.user.check(options.data);
    if (UserDataOptions.isUserData(options.data)) {
      return user(options);
    }
    TrainingSetup setup = options.network.resolve(catalog, options.data.definition());
    if (options.data.trainSize != null && options.data.trainSize < 1) {
      throw new IllegalArgumentException("--train-size " + options.data.trainSize + ": expected a positive number of images");
    }
    return ResolvedCell.known(setup, options.data.definition(), options.data.trainSize);
  }

  private ResolvedCell user(RunOptions options) {
    if (options.user.regression()) {
      throw new IllegalArgumentException("--task regression: a sweep ranks configurations by their accuracy; train"
          + " or doctor a regression instead");
    }
    long seed = options.network.seed;
    String key = options.user.key(options.data, seed);
    // reading the user's files prints nothing (only a known data set's fetch shows progress)
    TrainingData data = userData.computeIfAbsent(key,
        k -> options.user.load(options.data, null, seed, new PrintWriter(Writer.nullWriter())));
    TrainingSetup setup = options.network.resolve(catalog, data.shape());
    return ResolvedCell.user(setup, new ResolvedCell.UserData(key, data));
  }
}
