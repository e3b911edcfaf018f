package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.lab.Stats;
import java.util.List;
import java.util.Locale;

/** An experiment's verdict as the terminal shows it: a header, then one block per check. */
public final class VerdictText {

  private VerdictText() {}

  /** The lines for one result, ending with its overall verdict. */
  public static List<String> lines(ExperimentResult result, Experiment experiment) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(result.name() + (result.quick() ? "  [QUICK: reduced form, not the published setup]" : "") + " — "
        + result.description());
    lines.add("  published: " + experiment.source());
    lines.add(String.format(Locale.ROOT, "  seeds %s, %.1f s", seeds(result.seeds()), result.seconds()));
    for (Check check : result.checks()) {
      lines.add("  " + check.quantity());
      lines.add("      published " + check.published() + " | ours " + ours(check) + " | " + check.tolerance() + " | "
          + check.verdict(result.quick()));
    }
    lines.add("  => " + result.name() + ": " + result.verdict()
        + (result.quick() ? " (quick: published figures not judged)" : "")
        + (result.judged() || result.quick() ? "" : " (nothing this run measured can be compared with the source)"));
    return lines;
  }

  /** {@code 95.06 ± 0.22 (94.81–95.25), n = 3}, or the single value when there is one. */
  public static String ours(Check check) {
    Stats s = check.stats();
    int n = check.values().size();
    if (n == 1) {
      return SeedRange.format(s.mean()) + " (n = 1)";
    }
    return SeedRange.format(s.mean()) + " ± " + SeedRange.format(s.std()) + " (" + SeedRange.format(s.min()) + "–"
        + SeedRange.format(s.max()) + "), n = " + n;
  }

  /** {@code 1–3 (3)} for consecutive seeds, else the list. */
  static String seeds(List<Long> seeds) {
    boolean consecutive = true;
    for (int i = 1; i < seeds.size(); i++) {
      consecutive &= seeds.get(i) == seeds.get(i - 1) + 1;
    }
    if (consecutive && seeds.size() > 1) {
      return seeds.get(0) + "–" + seeds.get(seeds.size() - 1) + " (" + seeds.size() + ")";
    }
    return seeds.toString();
  }
}
