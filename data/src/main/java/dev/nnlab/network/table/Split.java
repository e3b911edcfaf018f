package dev.nnlab.network.table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A training/test split of a table's rows, from a seed: stratified for classification (each class
 * gives the same share of its rows to the test part, at least one when it has two or more), a plain
 * shuffle for regression. Both parts keep file order within themselves.
 *
 * @param train row indices of the training part
 * @param test row indices of the test part
 */
public record Split(int[] train, int[] test) {

  public static Split of(Table table, double testFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("--test-fraction " + testFraction + ": expected a number between 0 and 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int groups = table.regression() ? 1 : table.classes().size();
    List<List<Integer>> byGroup = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      byGroup.add(new ArrayList<>());
    }
    for (int r = 0; r < table.rows(); r++) {
      byGroup.get(table.regression() ? 0 : table.labels()[r]).add(r);
    }
    boolean[] toTest = new boolean[table.rows()];
    for (List<Integer> group : byGroup) {
      int[] members = group.stream().mapToInt(Integer::intValue).toArray();
      for (int i = members.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = members[i];
        members[i] = members[j];
        members[j] = t;
      }
      int take = (int) Math.round(testFraction * members.length);
      if (members.length >= 2) {
        take = Math.max(1, Math.min(members.length - 1, take));
      }
      for (int i = 0; i < take; i++) {
        toTest[members[i]] = true;
      }
    }
    int tests = 0;
    for (boolean t : toTest) {
      tests += t ? 1 : 0;
    }
    if (tests == 0 || tests == table.rows()) {
      throw new IllegalArgumentException(table.file() + ": " + table.rows() + " rows are too few to split with"
          + " --test-fraction " + testFraction + "; give more rows or a test file with --test csv:PATH");
    }
    int[] train = new int[table.rows() - tests];
    int[] test = new int[tests];
    int a = 0;
    int b = 0;
    for (int r = 0; r < table.rows(); r++) {
      if (toTest[r]) {
        test[b++] = r;
      } else {
        train[a++] = r;
      }
    }
    return new Split(train, test);
  }

  /** Every row of a table, in order. */
  public static int[] all(Table table) {
    int[] rows = new int[table.rows()];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = r;
    }
    return rows;
  }
}
