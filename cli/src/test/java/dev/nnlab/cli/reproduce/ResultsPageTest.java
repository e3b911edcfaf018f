package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsPageTest {

  @TempDir Path temp;

  @Test
  void aPageFromARecordReadBackHasTheCommandTheSummaryAndLinksToTheFigures() throws Exception {
    Check best = SeedRange.plusMinus(0.5).judge("best test accuracy (%)", 95.42, List.of(94.81, 95.25));
    Check lead = Check.criterion("lead | points", "ahead", List.of(1.0, 2.0), "> 0 in every seed", true);
    ExperimentResult result = new ExperimentResult("ch1-network", "the setup", false, List.of(1L, 2L), List.of(best, lead),
        Map.of("recipe", "--sizes 784,30,10"), List.of(new Figure("ch1-network-accuracy.png", "Accuracy per epoch.", new byte[] {1})), 20);
    ResultsDocument document = new ResultsDocument("./nnlab reproduce ch1-network --seeds 2", "0.1.0",
        new Machine("EPYC", 2, "Linux", "17"), "2026-12-02T07:00Z", false, "figures", List.of(result));
    Path json = temp.resolve("records/run.json");
    Files.createDirectories(json.getParent());
    Files.write(json, document.toJson());

    String page = ResultsPage.markdown(List.of(new ResultsPage.Source(ResultsDocument.read(json), json)), temp.resolve("docs/results.md"));

    assertThat(page).contains("```bash\n./nnlab reproduce ch1-network --seeds 2\n```");
    assertThat(page).contains("nnlab 0.1.0 on EPYC, 2 cores available, Linux, Java 17, finished 2026-12-02T07:00Z.");
    assertThat(page).contains("| `ch1-network` | best test accuracy (%) | 95.42 | 95.03 ± 0.3111 (94.81–95.25), n = 2 |"
        + " published within our seed range ± 0.5: [94.31, 95.75] | PASS |");
    assertThat(page).contains("| `ch1-network` | lead \\| points |");
    assertThat(page).contains("| best test accuracy (%) | 95.42 | 94.81, 95.25 |");
    assertThat(page).contains("![Accuracy per epoch.](../records/figures/ch1-network-accuracy.png)");
    assertThat(page).contains("Verdict: **PASS**").doesNotContain("QUICK");
  }

  @Test
  void aQuickRecordIsLabelled() throws Exception {
    ExperimentResult result = new ExperimentResult("ch1-rand", "d", true, List.of(1L),
        List.of(Check.criterion("x", "y", List.of(1.0), "z", true)), Map.of(), List.of(), 1);
    ResultsDocument document = new ResultsDocument("c", "v", new Machine("c", 1, "o", "j"), "d", true, null, List.of(result));

    String page = ResultsPage.markdown(List.of(new ResultsPage.Source(document, temp.resolve("r.json"))), temp.resolve("p.md"));

    assertThat(page).contains("**Includes QUICK runs").contains("## `ch1-rand` (quick)");
  }
}
