package dev.nnlab.cli.reproduce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of the results page below {@link #MARKER}: measurements made by hand with {@code train}
 * (each with its command) that no {@code reproduce} record holds yet. Regenerating the page from
 * records keeps that part as it stands, so the generated part and the hand-measured one can be
 * updated by different people without overwriting each other.
 */
public final class HandMeasured {

  /** The line that starts the hand-measured part. */
  public static final String MARKER =
      "<!-- Measured by hand below this line (commands given); kept as is when the page above is regenerated. -->";

  private HandMeasured() {}

  /**
   * {@code generated}, followed by the hand-measured part of the page now at {@code page}, if it
   * exists and has one.
   */
  public static String keep(String generated, Path page) throws IOException {
    if (!Files.isRegularFile(page)) {
      return generated;
    }
    String existing = Files.readString(page, StandardCharsets.UTF_8);
    int at = existing.indexOf(MARKER);
    if (at < 0) {
      return generated;
    }
    return (generated.endsWith("\n") ? generated : generated + "\n") + "\n" + existing.substring(at);
  }
}
