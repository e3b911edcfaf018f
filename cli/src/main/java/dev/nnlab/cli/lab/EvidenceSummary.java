package dev.nnlab.cli.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report's one paragraph, written from the numbers: the ranking after the last epoch, which
 * configurations did not learn and what the audit had found in them, who led after the first
 * epoch, and whether the gaps exceed the seed-to-seed spread.
 */
final class EvidenceSummary {

  /** Final accuracy below this is "did not learn" on a 10-class problem (chance is about 10 %). */
  static final double NOT_LEARNING = 0.2;

  private EvidenceSummary() {}

  static String write(List<ConfigurationResults> results, int epochs, int seeds) {
    List<ConfigurationResults> ranked =
        results.stream().sorted(Comparator.comparingDouble((ConfigurationResults c) -> c.finalAccuracy().mean()).reversed()).toList();
    List<String> sentences = new ArrayList<>();
    List<String> standings = new ArrayList<>();
    for (ConfigurationResults config : ranked) {
      standings.add(config.label() + " " + pct(config.finalAccuracy().mean())
          + (seeds > 1 ? " (± " + points(config.finalAccuracy().std()) + ")" : ""));
    }
    sentences.add("After " + epochs + (epochs == 1 ? " epoch" : " epochs") + " the test accuracy, averaged over "
        + seeds + (seeds == 1 ? " seed" : " seeds") + ", was " + join(standings) + ".");
    for (ConfigurationResults config : ranked) {
      if (config.finalAccuracy().mean() < NOT_LEARNING) {
        double blocked = config.mean(0, 0, LayerPoint::blocked);
        sentences.add(config.label() + " did not learn: it stayed at " + pct(config.finalAccuracy().mean())
            + ", about one class's share, and before training the audit had found "
            + pct(blocked) + firstLayer(config) + " and the verdict \"" + shortVerdict(config) + "\".");
      }
    }
    ConfigurationResults best = ranked.get(0);
    if (results.size() > 1 && best.points() > 1) {
      ConfigurationResults firstEpochLeader = results.stream()
          .max(Comparator.comparingDouble(c -> c.accuracy(1).mean())).orElseThrow();
      sentences.add("After the first epoch " + firstEpochLeader.label() + " led with "
          + pct(firstEpochLeader.accuracy(1).mean()) + "; it had started with "
          + pct(firstEpochLeader.mean(0, 0, LayerPoint::blocked)) + firstLayer(firstEpochLeader) + ".");
      for (ConfigurationResults config : ranked) {
        double blocked = config.mean(0, 0, LayerPoint::blocked);
        if (config != firstEpochLeader && blocked >= 0.1 && config.finalAccuracy().mean() >= NOT_LEARNING) {
          sentences.add(config.label() + " started with " + pct(blocked) + firstLayer(config) + " and was "
              + points(firstEpochLeader.accuracy(1).mean() - config.accuracy(1).mean())
              + " behind after epoch 1: it learns, but slowly.");
        }
      }
    }
    if (results.size() > 1 && seeds > 1) {
      double gap = ranked.get(0).finalAccuracy().mean() - ranked.get(1).finalAccuracy().mean();
      double spread = Math.max(ranked.get(0).finalAccuracy().std(), ranked.get(1).finalAccuracy().std());
      sentences.add("The lead of " + ranked.get(0).label() + " over " + ranked.get(1).label() + " ("
          + points(gap) + ") is " + (gap > 2 * spread ? "more than twice" : "within twice")
          + " the larger seed-to-seed standard deviation (" + points(spread) + "), so it "
          + (gap > 2 * spread ? "is unlikely to be luck." : "may be luck; run more seeds or epochs."));
    }
    return String.join(" ", sentences);
  }

  /** " of hidden layer 1's units saturated": what the blocked share of the first measured layer counts. */
  private static String firstLayer(ConfigurationResults config) {
    LayerPoint first = config.runs().get(0).layers().get(0).get(0);
    return " of " + first.name() + "'s " + first.blockedUnits() + " " + first.blockedKind();
  }

  private static String shortVerdict(ConfigurationResults config) {
    String first = config.runs().get(0).verdict().get(0);
    String message = first.substring(first.indexOf(": ") + 2);
    int stop = message.indexOf(". ");
    String sentence = stop < 0 ? message : message.substring(0, stop + 1);
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  static String points(double share) {
    return String.format(Locale.ROOT, "%.1f points", 100 * share);
  }
}
