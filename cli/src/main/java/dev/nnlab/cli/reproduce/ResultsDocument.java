package dev.nnlab.cli.reproduce;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON record of one {@code nnlab reproduce} run ({@code --json FILE}), from which the results
 * page is written: several runs (e.g. the chapters and the papers run apart) make one page.
 *
 * @param command the command line
 * @param version nnlab's version
 * @param machine where it ran
 * @param date when it finished (UTC, to the minute)
 * @param quick whether it ran the reduced forms
 * @param figureDirectory where the figures were written, relative to the JSON file's directory, or
 *     null when none were
 * @param experiments the results in run order
 */
public record ResultsDocument(
    String command,
    String version,
    Machine machine,
    String date,
    boolean quick,
    String figureDirectory,
    List<ExperimentResult> experiments) {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      // Experiments record their measurements in maps, some of them Map.of, whose iteration order
      // changes from one JVM to the next: sorted keys keep a rerun's record diffable.
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ResultsDocument {
    experiments = List.copyOf(experiments);
  }

  public byte[] toJson() throws IOException {
    return MAPPER.writeValueAsBytes(this);
  }

  /** Reads a document written by {@link #toJson}. */
  public static ResultsDocument read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), ResultsDocument.class);
  }
}
