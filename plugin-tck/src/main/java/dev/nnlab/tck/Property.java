package dev.nnlab.tck;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * One property of one plugin as a dynamic test. The test's name says which plugin and what is
 * checked, so it reads on its own in a flat report; a failure is one line naming the plugin, the
 * property and what was expected, shortened to {@value #MAX_MESSAGE} characters so that no weight
 * array or sample ever floods the output. Its stack trace keeps only the kit's own frames (where the
 * check failed): the JUnit and stream frames below them say nothing to a plugin author and would
 * add thirty lines per failed property to a build log.
 */
final class Property {

  static final int MAX_MESSAGE = 400;

  private Property() {}

  /**
   * @param subject the plugin under test and its parameters, e.g. {@code xavier-normal on 784→30}
   * @param property what is checked, e.g. {@code the same seed gives identical values}
   */
  static DynamicTest of(String subject, String property, Executable check) {
    return dynamicTest(subject + ": " + property, () -> {
      try {
        check.execute();
      } catch (AssertionError failure) {
        AssertionFailedError shortened = new AssertionFailedError(line(subject, property, failure.getMessage()));
        shortened.setStackTrace(kitFrames(failure.getStackTrace()));
        throw shortened;
      } catch (Throwable thrown) {
        // The plugin itself threw: keep the exception as the cause, its stack trace is the clue.
        throw new AssertionFailedError(line(subject, property,
            "threw " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage()), thrown);
      }
    });
  }

  /**
   * The run of frames inside the kit that starts at the first one (skipping an assertion library's
   * frames above it), or the whole trace if the failure did not come through the kit.
   */
  static StackTraceElement[] kitFrames(StackTraceElement[] trace) {
    int first = 0;
    while (first < trace.length && !inKit(trace[first])) {
      first++;
    }
    int end = first;
    while (end < trace.length && inKit(trace[end])) {
      end++;
    }
    return first == trace.length ? trace : Arrays.copyOfRange(trace, first, end);
  }

  private static boolean inKit(StackTraceElement frame) {
    return frame.getClassName().startsWith(Property.class.getPackageName() + ".");
  }

  /** {@code subject: property: message} (or the message, if it starts with the subject) on one line, at most {@value #MAX_MESSAGE} characters. */
  static String line(String subject, String property, String message) {
    String reason = message == null || message.isBlank() ? "failed without a message" : message;
    // A check that already names the subject wrote its own one-line message: keep it as it is.
    String line = (reason.startsWith(subject + " ") || reason.startsWith(subject + ":")
        ? reason : subject + ": " + property + ": " + reason).replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
