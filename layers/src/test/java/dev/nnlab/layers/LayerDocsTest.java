package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKinds;
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

/** docs/layers.md lists exactly the registered layers, each with its parameters and defaults. */
class LayerDocsTest {

  /** Tests run with the module directory as working directory; the docs live beside the modules. */
  private static final Path DOC = Path.of("..", "docs", "layers.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** name → the `key=default` cells of the catalogue's second column. */
  private static Map<String, List<String>> documented() throws IOException {
    assertThat(DOC).as("the layer reference page").exists();
    Map<String, List<String>> table = new TreeMap<>();
    boolean inCatalogue = false;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("## ")) {
        inCatalogue = line.equals("## Catalogue");
      } else if (inCatalogue && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        Matcher name = CODE.matcher(cells[1]);
        assertThat(name.find()).as("a name in '%s'", line).isTrue();
        List<String> parameters = new ArrayList<>();
        Matcher parameter = CODE.matcher(cells[2]);
        while (parameter.find()) {
          parameters.add(parameter.group(1));
        }
        table.put(name.group(1), parameters);
      }
    }
    return table;
  }

  @Test
  void catalogueNamesEveryRegisteredLayerWithItsParametersAndDefaults() throws IOException {
    Map<String, List<String>> registered = new TreeMap<>();
    for (PluginEntry<LayerDefinition> entry : PluginCatalog.standard().registry(PluginKinds.LAYER).entries()) {
      registered.put(entry.name(), entry.plugin().parameters().stream()
          .map(p -> p.name() + "=" + p.defaultText()).toList());
    }
    assertThat(registered).containsKeys("conv", "max-pool", "batch-norm");
    assertThat(documented()).isEqualTo(registered);
  }
}
