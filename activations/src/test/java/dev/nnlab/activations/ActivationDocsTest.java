package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/activations.md lists exactly the registered activations, aliases and gains. */
class ActivationDocsTest {

  /** Tests run with the module directory as working directory; the docs live beside the modules. */
  private static final Path DOC = Path.of("..", "docs", "activations.md");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  private static Map<String, List<String>> rows;

  @BeforeAll
  static void readTable() throws IOException {
    assertThat(DOC).as("the activation reference page").exists();
    rows = new LinkedHashMap<>();
    String text = Files.readString(DOC);
    String section = text.substring(text.indexOf("## The activations"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    for (String line : section.lines().toList()) {
      if (line.startsWith("| `")) {
        List<String> cells = Arrays.stream(CELL_SEPARATOR.split(line)).map(String::strip).toList();
        rows.put(unquote(cells.get(1)), cells);
      }
    }
  }

  @Test
  void tableNamesExactlyTheRegisteredActivations() {
    assertThat(rows.keySet())
        .containsExactlyInAnyOrderElementsOf(registry().stream().map(PluginEntry::name).toList());
  }

  @Test
  void tableGivesEachActivationsAliases() {
    for (PluginEntry<Activation> entry : registry()) {
      String cell = rows.get(entry.name()).get(2);
      List<String> documented = cell.equals("—")
          ? List.of()
          : Arrays.stream(cell.split(",")).map(ActivationDocsTest::unquote).toList();
      assertThat(documented).as("aliases of %s", entry.name()).containsExactlyInAnyOrderElementsOf(entry.plugin().aliases());
    }
  }

  @Test
  void tableGivesEachDefaultGainToFourDecimals() {
    for (PluginEntry<Activation> entry : registry()) {
      Matcher number = FIRST_NUMBER.matcher(rows.get(entry.name()).get(6));
      assertThat(number.find()).as("a gain in the row of %s", entry.name()).isTrue();
      double documented = Double.parseDouble(number.group());
      double actual = PluginCatalog.standard().activation(entry.name()).value().gain();
      assertThat(documented).as("gain of %s", entry.name()).isCloseTo(actual, within(5.1e-5));
    }
  }

  private static List<PluginEntry<Activation>> registry() {
    return PluginCatalog.standard().activations().entries();
  }

  private static String unquote(String cell) {
    String trimmed = cell.strip();
    return trimmed.startsWith("`") && trimmed.endsWith("`") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
  }
}
