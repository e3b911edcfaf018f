package dev.nnlab.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one benchmark program to completion and collects its output lines (stdout and stderr
 * merged), timing it from start to exit. The JVM's incubator-module warning is dropped.
 */
public final class ChildProcess {

  static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

  private ChildProcess() {}

  /**
   * @param environment changes to the inherited environment: a null value removes the variable
   * @throws IllegalStateException if the program cannot start or exits with a failure
   */
  public static RunResult run(String program, List<String> command, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    environment.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + program + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.equals(INCUBATOR_WARNING)) {
          lines.add(line);
        }
      }
      int exit = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      if (exit != 0) {
        throw new IllegalStateException(
            program + " failed with exit code " + exit + "; its output:" + System.lineSeparator()
                + String.join(System.lineSeparator(), lines));
      }
      return RunResult.parse(program, lines, wall);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output of " + program, e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + program, e);
    }
  }
}
