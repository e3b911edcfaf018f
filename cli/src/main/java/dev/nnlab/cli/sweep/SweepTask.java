package dev.nnlab.cli.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * A run as it travels to an executor (possibly another JVM): nothing but text.
 *
 * @param id the cell's id, the name of its file under {@code runs/}
 * @param label the configuration's label
 * @param seed the run's seed
 * @param arguments the run's options as {@code train} takes them
 */
public record SweepTask(String id, String label, long seed, List<String> arguments) implements Serializable {

  private static final long serialVersionUID = 1L;

  public SweepTask {
    arguments = List.copyOf(arguments);
  }
}
