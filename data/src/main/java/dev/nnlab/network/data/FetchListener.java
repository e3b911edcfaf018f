package dev.nnlab.network.data;

/**
 * Hears what the loader does while obtaining a data set, so a program can show it (a progress bar
 * on a terminal, log lines elsewhere). The library itself never prints. Every method has a do-nothing
 * default; calls come from the loading thread.
 */
public interface FetchListener {

  /** Does nothing. */
  FetchListener NONE = new FetchListener() {};

  /** About to try {@code source} for the files the cache lacks. */
  default void trying(String source) {}

  /** {@code source} could not provide the files, for {@code reason}; the next source will be tried. */
  default void failed(String source, String reason) {}

  /** A transfer of {@code name} begins; {@code totalBytes} is -1 when unknown. */
  default void transferStarted(String name, long totalBytes) {}

  /** {@code bytes} of the current transfer have arrived so far. */
  default void transferProgress(String name, long bytes) {}

  /** The current transfer is complete. */
  default void transferFinished(String name) {}
}
