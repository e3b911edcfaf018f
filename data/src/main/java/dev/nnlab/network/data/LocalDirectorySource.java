package dev.nnlab.network.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A directory on this machine where a system package installs the files, e.g. Debian's
 * {@code dataset-fashion-mnist} in {@code /usr/share/datasets/fashion-mnist}. Files are copied (not
 * linked) so the cache stays valid if the package is removed.
 */
public final class LocalDirectorySource implements DataSource {

  private final Path directory;
  private final String hint;

  /**
   * @param hint what provides the directory, for the message when it is missing, e.g. "install the
   *     Debian package dataset-fashion-mnist"
   */
  public LocalDirectorySource(Path directory, String hint) {
    this.directory = directory;
    this.hint = hint;
  }

  @Override
  public String description() {
    return "directory " + directory;
  }

  @Override
  public Map<DataFile, Path> fetch(DataSetDefinition dataSet, Set<DataFile> wanted, Path staging, FetchListener listener)
      throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new IOException("no such directory (" + hint + ")");
    }
    Map<DataFile, Path> copied = new EnumMap<>(DataFile.class);
    for (DataFile file : wanted) {
      Path source =
          file.locate(directory)
              .orElseThrow(() -> new IOException("it lacks " + file.fileName() + "[.gz] (" + hint + ")"));
      Path target = staging.resolve(source.getFileName());
      listener.transferStarted(source.getFileName().toString(), Files.size(source));
      Files.copy(source, target);
      listener.transferProgress(source.getFileName().toString(), Files.size(target));
      listener.transferFinished(source.getFileName().toString());
      copied.put(file, target);
    }
    return copied;
  }
}
