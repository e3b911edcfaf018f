package dev.nnlab.network.audit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers and lists as findings write them: 3 significant digits, "52 %", "layers 2–8". */
final class Prose {

  private Prose() {}

  /** 51.7, 0.0312, 1.41, 3.5e-23, 1.2e+05. */
  static String number(double x) {
    if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
      return x == 0 ? "0" : Double.toString(x);
    }
    double magnitude = Math.abs(x);
    if (magnitude >= 1e-3 && magnitude < 1e5) {
      String text = String.format(Locale.ROOT, "%.3g", x);
      return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
    return String.format(Locale.ROOT, "%.2g", x).replace("e-0", "e-").replace("e+0", "e+");
  }

  /** 100 %, 52 %, 0.3 %, 0 %: whole percents unless that would round a non-zero share to 0 or 100. */
  static String percent(double share) {
    double p = share * 100;
    if (p == 0 || p == 100 || (p >= 1 && p <= 99)) {
      return String.format(Locale.ROOT, "%.0f %%", p);
    }
    if (p < 1) {
      return String.format(Locale.ROOT, "%.1g %%", p).replace("e-0", "e-");
    }
    String near = String.format(Locale.ROOT, "%.1f", p);
    return (near.equals("100.0") ? String.format(Locale.ROOT, "%.3f", p) : near) + " %";
  }

  /** "layer 3", "layers 2–8" (consecutive), "layers 1, 3 and 5". */
  static String layers(List<Integer> numbers) {
    if (numbers.size() == 1) {
      return "layer " + numbers.get(0);
    }
    boolean consecutive = true;
    for (int i = 1; i < numbers.size(); i++) {
      consecutive &= numbers.get(i) == numbers.get(i - 1) + 1;
    }
    if (consecutive) {
      return "layers " + numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
    }
    String head =
        numbers.subList(0, numbers.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "layers " + head + " and " + numbers.get(numbers.size() - 1);
  }
}
