package dev.nnlab.cli.sweep;

import java.util.List;

/** Turns a run's command-line options into its validated setup (the command line owns the options). */
@FunctionalInterface
public interface CellResolver {

  /** @throws IllegalArgumentException naming the bad option, its value and what is allowed */
  ResolvedCell resolve(List<String> arguments);
}
