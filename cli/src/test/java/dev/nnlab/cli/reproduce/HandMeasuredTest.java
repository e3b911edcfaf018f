package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandMeasuredTest {

  @TempDir Path temp;

  @Test
  void theHandMeasuredPartSurvivesRegeneratingThePage() throws Exception {
    Path page = temp.resolve("results.md");
    Files.writeString(page, "# old generated part\n\nold rows\n\n" + HandMeasured.MARKER + "\n\n## Chapter 6\n\n| row |\n");

    String kept = HandMeasured.keep("# new generated part\n\nnew rows\n", page);

    assertThat(kept).isEqualTo("# new generated part\n\nnew rows\n\n" + HandMeasured.MARKER + "\n\n## Chapter 6\n\n| row |\n");
  }

  @Test
  void aPageWithoutTheMarkerOrNoPageAtAllIsReplacedWhole() throws Exception {
    Path page = temp.resolve("results.md");
    assertThat(HandMeasured.keep("generated\n", page)).isEqualTo("generated\n");
    Files.writeString(page, "old page without a hand-measured part\n");
    assertThat(HandMeasured.keep("generated\n", page)).isEqualTo("generated\n");
  }
}
