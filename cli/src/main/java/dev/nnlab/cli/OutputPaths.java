package dev.nnlab.cli;

import dev.nnlab.cli.io.OutputLock;
import dev.nnlab.cli.io.OutputLock.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a command's outputs before any work, then claims them: each must be a writable place for
 * a regular file (or, for a report, a directory), not a symlink or device (renaming over a link
 * replaces the link, and as root {@code --json /dev/stdout} would replace the device), not an input
 * of the same run (a data file, a plugin), and no two outputs may be the same file. The claim is an
 * {@link OutputLock}, so a second run aimed at the same outputs is refused rather than interleaved.
 */
final class OutputPaths {

  private OutputPaths() {}

  /** An output file ({@code directory} false) or report directory of a command. */
  record Output(String option, Path path, boolean directory) {

    static Output file(String option, Path path) {
      return new Output(option, path, false);
    }

    static Output directory(String option, Path path) {
      return new Output(option, path, true);
    }
  }

  /**
   * Checks {@code outputs} (null paths are absent options) against each other and {@code inputs}.
   *
   * @throws IllegalArgumentException naming the option, the path and what is wrong
   */
  static void check(List<Output> outputs, List<Path> inputs) {
    List<Output> given = outputs.stream().filter(o -> o.path() != null).toList();
    for (Output output : given) {
      checkOne(output);
      for (Path input : inputs) {
        if (input != null && Files.exists(input) && same(output.path(), input)) {
          throw new IllegalArgumentException(output.option() + " " + output.path()
              + ": is an input of this run; writing it would destroy it, choose another path");
        }
      }
    }
    for (int i = 0; i < given.size(); i++) {
      for (int j = i + 1; j < given.size(); j++) {
        if (same(given.get(i).path(), given.get(j).path())) {
          throw new IllegalArgumentException(given.get(i).option() + " and " + given.get(j).option()
              + " are the same file " + given.get(i).path() + "; give each its own path");
        }
      }
    }
  }

  /** {@link #check}, then locks every output until the returned lock is closed. */
  static OutputLock claim(List<Output> outputs, List<Path> inputs) {
    check(outputs, inputs);
    List<Target> targets = new ArrayList<>();
    outputs.stream().filter(o -> o.path() != null).forEach(o -> targets.add(new Target(o.option(), o.path())));
    try {
      return OutputLock.acquire(targets);
    } catch (IllegalStateException e) {
      throw new UserFacingException(e.getMessage(), 2, e);
    } catch (IOException e) {
      throw new UserFacingException("cannot lock the outputs (" + dev.nnlab.network.io.IoReasons.reason(e)
          + "): " + targets, 2, e);
    }
  }

  private static void checkOne(Output output) {
    Path path = output.path();
    String where = output.option() + " " + path;
    if (Files.isSymbolicLink(path)) {
      throw new IllegalArgumentException(where + ": is a symbolic link; nnlab replaces its outputs whole, which"
          + " would replace the link, so give the real path");
    }
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      if (output.directory() && !Files.isDirectory(path)) {
        throw new IllegalArgumentException(where + ": exists and is not a directory");
      }
      if (!output.directory() && Files.isDirectory(path)) {
        throw new IllegalArgumentException(where + ": is a directory; expected a file name");
      }
      if (!output.directory() && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException(where + ": is a device or special file, not a regular file;"
            + " expected a file name");
      }
    }
    Path parent = path.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(where + ": " + parent + " is not a directory; expected a writable location");
    }
    if (!Files.isWritable(parent)) {
      throw new IllegalArgumentException(where + ": directory " + parent + " is not writable");
    }
    if (output.directory() && Files.isDirectory(path) && !Files.isWritable(path)) {
      throw new IllegalArgumentException(where + ": directory " + path + " is not writable");
    }
  }

  /** Whether two paths name the same file, existing or not (then by their normalised absolute form). */
  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to comparing the names
    }
    return canonical(a).equals(canonical(b));
  }

  private static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    try {
      if (parent != null && Files.isDirectory(parent)) {
        return parent.toRealPath().resolve(absolute.getFileName());
      }
    } catch (IOException e) {
      // keep the absolute form
    }
    return absolute;
  }
}
