package dev.nnlab.cli.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of a sweep: a configuration with one seed.
 *
 * @param point the configuration
 * @param seed the seed every random stream of the run is split from
 */
public record Cell(GridPoint point, long seed) {

  /** Flags that take no value: {@code "true"} gives the flag, {@code "false"} its {@code --no-} form. */
  private static final List<String> FLAGS = List.of("--validation");

  /** Flags that take no value and have no {@code --no-} form: {@code "false"} leaves them out. */
  private static final List<String> PLAIN_FLAGS = List.of("--standardize");

  /**
   * A name that depends only on what the run does (its options and seed, not its place in the
   * grid), so a resumed sweep recognises finished runs even after axes were reordered or extended.
   */
  public String id() {
    StringBuilder canonical = new StringBuilder();
    new TreeMap<>(point.options()).forEach((option, value) -> canonical.append(option).append('=').append(value).append('\n'));
    canonical.append("--seed=").append(seed).append('\n');
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The run's options as {@code train} would take them, seed last. */
  public List<String> arguments() {
    List<String> arguments = new ArrayList<>();
    for (Map.Entry<String, String> option : point.options().entrySet()) {
      if (PLAIN_FLAGS.contains(option.getKey())) {
        if (Boolean.parseBoolean(option.getValue())) {
          arguments.add(option.getKey());
        }
      } else if (FLAGS.contains(option.getKey())) {
        boolean on = Boolean.parseBoolean(option.getValue());
        arguments.add(on ? option.getKey() : "--no-" + option.getKey().substring(2));
      } else {
        arguments.add(option.getKey());
        arguments.add(option.getValue());
      }
    }
    arguments.add("--seed");
    arguments.add(String.valueOf(seed));
    return arguments;
  }

  /** What an executor needs to run this cell. */
  public SweepTask task() {
    return new SweepTask(id(), point.label(), seed, arguments());
  }
}
