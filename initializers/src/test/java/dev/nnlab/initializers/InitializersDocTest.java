package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/initializers.md lists exactly the initializers the code provides, with their aliases. */
class InitializersDocTest {

  private static final Pattern NAME = Pattern.compile("`([a-z0-9-]+)`");

  private static Path document() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/initializers.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("docs/initializers.md above the working directory").isNotNull();
    return dir.resolve("docs/initializers.md");
  }

  /** name → aliases, from the catalogue table's first two columns. */
  private static Map<String, List<String>> documented() throws IOException {
    Map<String, List<String>> table = new TreeMap<>();
    boolean inCatalogue = false;
    for (String line : Files.readAllLines(document())) {
      if (line.startsWith("## ")) {
        inCatalogue = line.equals("## Catalogue");
      } else if (inCatalogue && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        Matcher name = NAME.matcher(cells[1]);
        assertThat(name.find()).as("a name in '%s'", line).isTrue();
        List<String> aliases = new ArrayList<>();
        Matcher alias = NAME.matcher(cells[2]);
        while (alias.find()) {
          aliases.add(alias.group(1));
        }
        table.put(name.group(1), aliases.stream().sorted().toList());
      }
    }
    return table;
  }

  @Test
  void catalogueTableMatchesTheDiscoveredInitializers() throws IOException {
    Map<String, List<String>> discovered = new TreeMap<>();
    for (PluginEntry<Initializer> entry : PluginCatalog.standard().initializers().entries()) {
      discovered.put(entry.name(), entry.plugin().aliases().stream().sorted().toList());
    }
    assertThat(discovered).hasSize(20);
    assertThat(documented()).isEqualTo(discovered);
  }
}
