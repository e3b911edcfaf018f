package dev.nnlab.network.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A place data-set files can be fetched from (a mirror, an npm package, a system directory). A
 * source only delivers files into a staging directory; the loader verifies them and moves them into
 * the cache, so a source never needs to be trusted.
 */
public interface DataSource {

  /** What this source is, for progress and error messages, e.g. "mirror https://…/mnist/". */
  String description();

  /**
   * Writes the {@code wanted} files of {@code dataSet} into {@code staging}, each under its standard
   * name (plain or with {@code .gz}), and returns where it put each one it could provide.
   *
   * @throws IOException with a short reason when the source is unusable (unreachable, not installed…)
   */
  Map<DataFile, Path> fetch(DataSetDefinition dataSet, Set<DataFile> wanted, Path staging, FetchListener listener)
      throws IOException;
}
