package dev.nnlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses, before any work, a configuration whose {@link MemoryEstimate} exceeds the heap, naming
 * the figure and the heap; an out-of-memory error an hour into training is the alternative.
 *
 * <p>Started by the {@code nnlab} launcher, which passes its heap limit ({@value #LIMIT_PROPERTY},
 * from {@code NNLAB_HEAP}) and a file ({@value #REQUEST_PROPERTY}): when the estimate fits under
 * the limit but not in the current heap, the needed heap is written there and the program exits
 * with {@value #RELAUNCH_EXIT_CODE}, and the launcher starts it again with that heap. So the heap
 * follows the configuration, and small runs keep the small heap that keeps their RSS low.
 */
final class HeapCheck {

  static final String LIMIT_PROPERTY = "nnlab.heap.limit.mb";
  static final String REQUEST_PROPERTY = "nnlab.heap.request";
  static final int RELAUNCH_EXIT_CODE = 75;

  private HeapCheck() {}

  /** Asked by the launcher to run again with a bigger heap. */
  static final class RelaunchRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RelaunchRequested(long mb) {
      super("needs a " + mb + " MB heap");
    }
  }

  /**
   * @param what what needs the memory, for the message, e.g. {@code --sizes 784,100000,10}
   * @throws UserFacingException (exit 2) if the estimate exceeds the heap and the launcher's limit
   * @throws RelaunchRequested if the launcher can start the program again with enough heap
   */
  static void require(MemoryEstimate estimate, String what) {
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    if (estimate.totalMb() <= heapMb) {
      return;
    }
    long limitMb = Long.getLong(LIMIT_PROPERTY, 0);
    String request = System.getProperty(REQUEST_PROPERTY);
    long wanted = estimate.totalMb() + estimate.totalMb() / 5;
    if (request != null && wanted <= limitMb) {
      try {
        Files.writeString(Path.of(request), Long.toString(wanted), StandardCharsets.UTF_8);
        throw new RelaunchRequested(wanted);
      } catch (IOException e) {
        // cannot ask for a relaunch: refuse below, as without the launcher
      }
    }
    String raise = limitMb > 0
        ? "the launcher allows up to " + limitMb + " MB; raise that with NNLAB_HEAP=" + gigabytes(wanted) + "g"
        : "raise it with -Xmx" + gigabytes(wanted) + "g";
    throw new UserFacingException(what + ": needs about " + estimate + " of Java heap, more than the " + heapMb
        + " MB available; " + raise + ", or choose smaller sizes", 2);
  }

  private static long gigabytes(long mb) {
    return (mb + 1023) / 1024;
  }
}
