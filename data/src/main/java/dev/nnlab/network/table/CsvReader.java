package dev.nnlab.network.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a comma-separated table with a header line, streaming it line by line into a growing
 * {@code float[]} (never a list of boxed values or strings), so a file needs about 4 bytes of heap
 * per numeric cell. Cells may be quoted ({@code "a, b"}, {@code ""} for a quote). Every problem is one
 * line naming the file, the line and the column: a missing cell, a non-numeric feature, a row of the
 * wrong width, an unknown class in a test file.
 */
public final class CsvReader {

  private CsvReader() {}

  /**
   * @param file the CSV file
   * @param labelColumn the label column's name in the header, or its index from 0
   * @param regression whether the label is a number to predict rather than a class
   * @param knownClasses the classes a test file must use (those of its training file), or null
   */
  public static Table read(Path file, String labelColumn, boolean regression, List<String> knownClasses) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        throw new IllegalArgumentException(file + ": the file is empty; expected a header line, then rows");
      }
      List<String> header = cells(headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine);
      int label = labelIndex(file, header, labelColumn);
      List<String> features = new ArrayList<>(header);
      features.remove(label);
      int width = features.size();
      if (width == 0) {
        throw new IllegalArgumentException(file + ": the only column is the label '" + header.get(label)
            + "'; expected at least one feature column");
      }
      float[] values = new float[width * 1024];
      float[] targets = regression ? new float[1024] : null;
      Map<String, Integer> seen = new LinkedHashMap<>();
      int[] codes = regression ? null : new int[1024];
      int rows = 0;
      int lineNumber = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        List<String> row = cells(line);
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: line %d has %d cells; expected %d, one per header column", file, lineNumber, row.size(), header.size()));
        }
        if ((long) (rows + 1) * width > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException(file + ": more than " + rows + " rows of " + width
              + " features do not fit one array; split the file");
        }
        if ((rows + 1) * width > values.length) {
          values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, 2L * values.length));
        }
        int k = 0;
        for (int c = 0; c < row.size(); c++) {
          if (c == label) {
            continue;
          }
          values[rows * width + k++] = number(file, lineNumber, header.get(c), row.get(c));
        }
        String y = row.get(label).strip();
        if (y.isEmpty() || isMissing(y)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: line %d, column %s: the label is missing", file, lineNumber, header.get(label)));
        }
        if (regression) {
          if (rows == targets.length) {
            targets = Arrays.copyOf(targets, 2 * rows);
          }
          targets[rows] = number(file, lineNumber, header.get(label), y);
        } else {
          String name = canonical(y);
          if (knownClasses != null && !knownClasses.contains(name)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s: line %d, column %s: class '%s' is not in the training file; expected one of %s", file,
                lineNumber, header.get(label), y, knownClasses));
          }
          if (rows == codes.length) {
            codes = Arrays.copyOf(codes, 2 * rows);
          }
          codes[rows] = seen.computeIfAbsent(name, n -> seen.size());
        }
        rows++;
      }
      if (rows == 0) {
        throw new IllegalArgumentException(file + ": the header is the only line; expected data rows after it");
      }
      if (regression) {
        return new Table(file.toString(), features, values, rows, List.of(), null, targets);
      }
      List<String> classes = knownClasses != null ? knownClasses : classes(seen.keySet());
      if (classes.size() < 2) {
        throw new IllegalArgumentException(file + ": column " + header.get(label) + " holds one class only ("
            + classes.get(0) + "); expected at least two, or --task regression for a number to predict");
      }
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < classes.size(); i++) {
        index.put(classes.get(i), i);
      }
      int[] remap = new int[seen.size()];
      seen.forEach((name, code) -> remap[code] = index.get(name));
      int[] labels = new int[rows];
      for (int i = 0; i < rows; i++) {
        labels[i] = remap[codes[i]];
      }
      return new Table(file.toString(), features, values, rows, classes, labels, null);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read it (" + e.getMessage() + ")", e);
    }
  }

  private static int labelIndex(Path file, List<String> header, String column) {
    int byName = header.indexOf(column);
    if (byName >= 0) {
      return byName;
    }
    try {
      int index = Integer.parseInt(column.strip());
      if (index >= 0 && index < header.size()) {
        return index;
      }
    } catch (NumberFormatException e) {
      // not an index: reported below with the available names
    }
    throw new IllegalArgumentException(file + ": no column '" + column + "'; expected one of " + header
        + " or an index from 0 to " + (header.size() - 1));
  }

  /** Integer labels sort as numbers (2 before 10), others as text. */
  private static List<String> classes(java.util.Set<String> names) {
    boolean integers = names.stream().allMatch(s -> s.matches("[+-]?\\d{1,9}"));
    if (integers) {
      TreeMap<Integer, String> sorted = new TreeMap<>();
      names.forEach(s -> sorted.put(Integer.parseInt(s), s));
      return List.copyOf(sorted.values());
    }
    return names.stream().sorted().toList();
  }

  private static String canonical(String label) {
    return label.matches("[+-]?\\d{1,9}") ? String.valueOf(Integer.parseInt(label)) : label;
  }

  private static boolean isMissing(String cell) {
    return cell.equalsIgnoreCase("na") || cell.equalsIgnoreCase("nan") || cell.equals("?")
        || cell.equalsIgnoreCase("null");
  }

  private static float number(Path file, int line, String column, String cell) {
    String text = cell.strip();
    if (text.isEmpty() || isMissing(text)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: line %d, column %s: missing value; fill it in or drop the row", file, line, column));
    }
    try {
      float v = Float.parseFloat(text);
      if (Float.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "%s: line %d, column %s: '%s' is not a finite number; features must be numeric", file, line, column, text));
  }

  /** Splits one line into cells, honouring double quotes. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().strip());
    return out;
  }
}
