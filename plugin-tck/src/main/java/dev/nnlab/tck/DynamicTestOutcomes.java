package dev.nnlab.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the kit's dynamic tests in place and records which failed, for tests that check the kit
 * itself flags a deliberately broken plugin (the kit's own tests, and a plugin author's).
 */
public final class DynamicTestOutcomes {

  /** @param path container and test names joined by " / "; failure null if the test passed */
  public record Outcome(String path, Throwable failure) {
    public boolean failed() {
      return failure != null;
    }

    /**
     * What the test checks: its own name without the container path and without the subject the
     * kit puts first ({@code xavier-normal on fan(in=784, out=30): }), e.g. {@code the same seed
     * gives identical values}.
     */
    public String property() {
      String leaf = path.substring(path.lastIndexOf(" / ") + 1).replaceFirst("^/ ", "");
      int subjectEnd = leaf.indexOf(": ");
      return subjectEnd < 0 ? leaf : leaf.substring(subjectEnd + 2);
    }
  }

  private DynamicTestOutcomes() {}

  public static List<Outcome> run(Stream<? extends DynamicNode> nodes) {
    List<Outcome> outcomes = new ArrayList<>();
    nodes.forEach(node -> run(node, "", outcomes));
    return outcomes;
  }

  private static void run(DynamicNode node, String parent, List<Outcome> outcomes) {
    String path = parent.isEmpty() ? node.getDisplayName() : parent + " / " + node.getDisplayName();
    if (node instanceof DynamicContainer container) {
      container.getChildren().forEach(child -> run(child, path, outcomes));
    } else if (node instanceof DynamicTest test) {
      try {
        test.getExecutable().execute();
        outcomes.add(new Outcome(path, null));
      } catch (Throwable failure) {
        outcomes.add(new Outcome(path, failure));
      }
    }
  }
}
