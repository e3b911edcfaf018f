package dev.nnlab.cli.bench;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One epoch's figures, in the line format the numpy yardstick prints ({@code Epoch 3: 9312 / 10000
 * train 0.431s (cpu 0.430s)  eval …}), so both programs' output is read by one parser.
 *
 * @param cpuSeconds process CPU time of the epoch's training (shuffle and mini-batches, no
 *     evaluation)
 */
public record EpochLine(int epoch, int correct, int total, double wallSeconds, double cpuSeconds) {

  private static final Pattern LINE =
      Pattern.compile(
          "Epoch (\\d+): (\\d+) / (\\d+)\\s+train ([0-9.]+)s \\(cpu ([0-9.]+)s\\).*");

  /** The line's figures, if it is an epoch line. */
  public static Optional<EpochLine> parse(String line) {
    Matcher m = LINE.matcher(line.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new EpochLine(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            Double.parseDouble(m.group(4)),
            Double.parseDouble(m.group(5))));
  }

  public double accuracy() {
    return (double) correct / total;
  }

  /** The line in the yardstick's format, with the evaluation's wall time. */
  public String format(double evalSeconds) {
    return String.format(
        Locale.ROOT, "Epoch %d: %d / %d   train %.3fs (cpu %.3fs)  eval %.3fs",
        epoch, correct, total, wallSeconds, cpuSeconds, evalSeconds);
  }
}
