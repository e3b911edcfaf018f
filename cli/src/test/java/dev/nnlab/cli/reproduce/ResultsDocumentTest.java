package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsDocumentTest {

  @TempDir Path temp;

  /** Map.of's order changes from one JVM to the next; the record must not, or reruns do not diff. */
  @Test
  void mapKeysAreWrittenSortedWhateverOrderTheExperimentPutThemIn() throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("zeta", Map.of("b", 2, "a", 1, "c", 3));
    data.put("alpha", 1);
    data.put("mid", List.of(1, 2));
    ExperimentResult result = new ExperimentResult("x", "d", false, List.of(1L),
        List.of(Check.criterion("q", "p", List.of(1.0), "> 0", true)), data, List.of(), 1);
    ResultsDocument document = new ResultsDocument("./nnlab reproduce x", "v", Machine.current(), "2026-12-03T12:00Z",
        false, null, List.of(result));

    String json = new String(document.toJson(), StandardCharsets.UTF_8);

    assertThat(json.indexOf("\"alpha\"")).isLessThan(json.indexOf("\"mid\""));
    assertThat(json.indexOf("\"mid\"")).isLessThan(json.indexOf("\"zeta\""));
    assertThat(json.indexOf("\"a\"")).isLessThan(json.indexOf("\"b\"")).isLessThan(json.indexOf("\"c\""));
    Path file = Files.write(temp.resolve("r.json"), document.toJson());
    assertThat(ResultsDocument.read(file).toJson()).isEqualTo(document.toJson());
  }
}
