package dev.nnlab.cli.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides, before any run, whether a sweep may use its {@code --out} directory. A new or empty
 * directory, or one holding only a report, is the sweep's; one holding runs is kept and merged
 * with — the sweep resumes it — when every run there is a cell of this grid (the same grid, or the
 * same grid grown by values or seeds). Runs the grid does not have mean another grid's directory,
 * and any other file means a directory no sweep wrote: both are refused, so the report never mixes
 * two grids and a sweep never writes its report among someone's files.
 */
public final class SweepDirectory {

  /** What a sweep or compare writes: the runs, the page, results.json, the charts (and a screenshot of them). */
  private static final Pattern OURS = Pattern.compile("runs|index\\.html|results\\.json|[a-z0-9-]+\\.png");

  private SweepDirectory() {}

  /** @throws IllegalArgumentException naming the directory, a file that does not belong, and what is expected */
  public static void check(Path out, List<Cell> cells) {
    if (!Files.isDirectory(out)) {
      return;
    }
    Optional<String> foreign;
    try (Stream<Path> entries = Files.list(out)) {
      foreign = entries.map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !OURS.matcher(name).matches()).sorted().findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("--out " + out + ": cannot list it: " + e.getMessage(), e);
    }
    if (foreign.isPresent()) {
      throw new IllegalArgumentException("--out " + out + ": holds files no sweep wrote (e.g. " + foreign.get()
          + "); expected a new directory, or one a sweep or compare wrote");
    }
    Path runs = new RunStore(out).directory();
    if (!Files.isDirectory(runs)) {
      return;
    }
    Set<String> ids = cells.stream().map(Cell::id).collect(Collectors.toSet());
    List<Path> others;
    try (Stream<Path> files = Files.list(runs)) {
      others = files.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !ids.contains(RunStore.idOf(p))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("--out " + out + ": cannot list " + runs + ": " + e.getMessage(), e);
    }
    if (!others.isEmpty()) {
      throw new IllegalArgumentException("--out " + out + ": holds " + others.size()
          + (others.size() == 1 ? " run" : " runs") + " of another grid (e.g. " + describe(others.get(0))
          + ", which this grid does not have); expected this grid's own directory to resume it, or a new one");
    }
  }

  /** A run file's configuration and seed, as the progress lines name them; its name if it cannot be read. */
  private static String describe(Path run) {
    try {
      JsonNode node = new ObjectMapper().readTree(run.toFile());
      return node.path("configuration").asText() + ", seed " + node.path("seed").asText();
    } catch (IOException | RuntimeException e) {
      return run.getFileName().toString();
    }
  }
}
