package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnlab.cli.doctor.UserTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Runs the failure zoo of docs/doctor.md, row by row, exactly as written there (the CSV files are
 * written by {@link UserTables}; MNIST comes from {@code NNLAB_TEST_MNIST}), and requires each
 * row's primary finding. Healthy rows may carry info findings only.
 *
 * <p>The rows are independent runs, so they run side by side on up to {@value #MOST_THREADS}
 * threads (fewer on a smaller machine; {@code NNLAB_ZOO_THREADS} overrides), each still graded as
 * its own test: the zoo is as large and as strict as written, and about as fast as the slowest
 * row allows.
 */
class DoctorZooTest {

  private static final Path DOC = Path.of("..", "docs", "doctor.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| *(\\d+) *\\| *`\\./nnlab doctor ([^`]*)` *\\| *`([a-z-]+)` *\\|.*$");

  private static final int MOST_THREADS = 4;

  @TempDir static Path temp;

  private static ExecutorService pool;

  @BeforeAll
  static void writeTables() throws IOException {
    UserTables.iris(temp);
    UserTables.noise(temp);
    UserTables.scaled(temp);
    UserTables.linear(temp);
    UserTables.xor(temp);
  }

  @AfterAll
  static void stopThePool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static int threads() {
    String asked = System.getenv("NNLAB_ZOO_THREADS");
    return asked != null ? Integer.parseInt(asked)
        : Math.max(1, Math.min(MOST_THREADS, Runtime.getRuntime().availableProcessors()));
  }

  record Case(int number, String arguments, String primary) {}

  /** What one row's run gave: its exit code, output and the --json file. */
  record Outcome(CommandResult result, Path json) {}

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
    pool = Executors.newFixedThreadPool(threads());
    List<Future<Outcome>> outcomes = new ArrayList<>();
    for (Case c : cases) {
      outcomes.add(pool.submit(() -> run(c)));
    }
    return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(
        "#" + cases.get(i).number() + " " + cases.get(i).arguments(), () -> grade(cases.get(i), outcomes.get(i))));
  }

  private static Outcome run(Case c) {
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

    return new Outcome(CommandResult.run(args.toArray(String[]::new)), json);
  }

  private static void grade(Case c, Future<Outcome> running) throws Exception {
    Outcome outcome;
    try {
      outcome = running.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TestAbortedException skipped) {
        throw skipped;
      }
      throw e;
    }
    CommandResult result = outcome.result();
    Path json = outcome.json();
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
