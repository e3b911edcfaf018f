package dev.nnlab.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnlab.examples.doctor.UserTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the failure zoo of docs/doctor.md, row by row, exactly as written there (the CSV files are
 * written by {@link UserTables}; MNIST comes from {@code NNLAB_TEST_MNIST}), and requires each
 * row's primary finding. Healthy rows may carry info findings only.
 */
class DoctorZooTest {

  private static final Path DOC = Path.of("..", "docs", "doctor.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| *(\\d+) *\\| *`\\./nnlab doctor ([^`]*)` *\\| *`([a-z-]+)` *\\|.*$");

  @TempDir static Path temp;

  @BeforeAll
  static void writeTables() throws IOException {
    UserTables.iris(temp);
    UserTables.noise(temp);
    UserTables.scaled(temp);
    UserTables.linear(temp);
    UserTables.xor(temp);
  }

  record Case(int number, String arguments, String primary) {}

  static List<Case> zoo() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(DOC)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        cases.add(new Case(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyCaseOfTheZooNamesItsPrimaryFinding() throws IOException {
    List<Case> cases = zoo();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
    return cases.stream().map(c -> DynamicTest.dynamicTest("#" + c.number() + " " + c.arguments(), () -> run(c)));
  }

  private void run(Case c) throws IOException {
    List<String> args = new ArrayList<>(List.of("doctor"));
    args.addAll(split(c.arguments()));
    boolean csv = c.arguments().contains("csv:");
    if (!csv) {
      String mnist = System.getenv("NNLAB_TEST_MNIST");
      assumeTrue(mnist != null && Files.isDirectory(Path.of(mnist)), "NNLAB_TEST_MNIST is not set");
      args.add("--data");
      args.add(mnist);
    }
    Path json = temp.resolve("zoo-" + c.number() + ".json");
    args.add("--json");
    args.add(json.toString());
    for (int i = 0; i < args.size(); i++) {
      args.set(i, args.get(i).replace("csv:", "csv:" + temp + "/"));
    }

    CommandResult result = CommandResult.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    JsonNode diagnosis = new ObjectMapper().readTree(json.toFile());
    assertThat(diagnosis.get("primary").asText()).as(result.out()).isEqualTo(c.primary());
    if (c.primary().equals("healthy")) {
      for (JsonNode finding : diagnosis.get("findings")) {
        assertThat(finding.get("severity").asText()).as(result.out()).isEqualTo("info");
      }
    }
  }

  /** Splits on spaces outside double quotes, dropping the quotes, as a shell would. */
  static List<String> split(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char ch : command.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ' ' && !quoted) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(ch);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }
}
