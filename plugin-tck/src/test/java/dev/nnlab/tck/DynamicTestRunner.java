package dev.nnlab.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** Runs a tree of dynamic tests inside a test, collecting the display paths of those that fail. */
final class DynamicTestRunner {

  private DynamicTestRunner() {}

  record Outcome(List<String> passed, List<String> failed) {}

  static Outcome run(Stream<? extends DynamicNode> nodes) {
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    nodes.forEach(node -> run(node, "", passed, failed));
    return new Outcome(passed, failed);
  }

  private static void run(DynamicNode node, String prefix, List<String> passed, List<String> failed) {
    String path = prefix.isEmpty() ? node.getDisplayName() : prefix + " / " + node.getDisplayName();
    if (node instanceof DynamicContainer container) {
      container.getChildren().forEach(child -> run(child, path, passed, failed));
    } else if (node instanceof DynamicTest test) {
      try {
        test.getExecutable().execute();
        passed.add(path);
      } catch (Throwable failure) {
        failed.add(path);
      }
    }
  }
}
