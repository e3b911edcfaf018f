package dev.nnlab.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one benchmark process reported: its epoch lines, its peak RSS, and its wall time from start
 * to exit as the parent measured it.
 */
public record RunResult(String program, List<EpochLine> epochs, OptionalLong peakRssKb, double wallSeconds, List<String> output) {

  private static final Pattern RSS = Pattern.compile("peak rss (\\d+) kB");

  public RunResult {
    epochs = List.copyOf(epochs);
    output = List.copyOf(output);
  }

  /** Reads the epoch lines and the final {@code peak rss N kB} line of a run's output. */
  public static RunResult parse(String program, List<String> lines, double wallSeconds) {
    List<EpochLine> epochs = new ArrayList<>();
    OptionalLong rss = OptionalLong.empty();
    for (String line : lines) {
      EpochLine.parse(line).ifPresent(epochs::add);
      Matcher m = RSS.matcher(line.trim());
      if (m.matches()) {
        rss = OptionalLong.of(Long.parseLong(m.group(1)));
      }
    }
    return new RunResult(program, epochs, rss, wallSeconds, lines);
  }

  /** CPU seconds of epochs 1 … n (epoch 0 includes JIT warm-up or library loading). */
  public List<Double> steadyCpuSeconds() {
    return epochs.stream().filter(e -> e.epoch() > 0).map(EpochLine::cpuSeconds).toList();
  }

  public EpochLine last() {
    return epochs.get(epochs.size() - 1);
  }
}
