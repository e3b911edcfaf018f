package dev.nnlab.network.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains a data set: from a directory the user names, else from the cache, else from the data
 * set's sources in order, filling the cache. Every file is verified against its pinned SHA-256
 * before it is used, and before it enters the cache: a source's files land in a staging directory
 * inside the cache directory and are renamed into place atomically only once verified, so a bad
 * download is never cached and a reader never sees a half-written file.
 */
public final class DataSetLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DataSetLoader.class);
  private static final String STAGING_PREFIX = ".staging-";

  private final Path cacheRoot;
  private final Function<DataSetDefinition, List<DataSource>> sources;

  /**
   * @param cacheRoot the directory holding one subdirectory per data set
   * @param sources the sources to try, in order, for a data set the cache lacks
   */
  public DataSetLoader(Path cacheRoot, Function<DataSetDefinition, List<DataSource>> sources) {
    this.cacheRoot = cacheRoot;
    this.sources = sources;
  }

  /** The loader a program uses: the user's cache ({@link CacheLocation}) and the {@link DataSources#standard standard} sources. */
  public static DataSetLoader standard() {
    return new DataSetLoader(CacheLocation.root(), DataSources::standard);
  }

  /** Where this loader caches {@code dataSet}. */
  public Path cacheDirectory(DataSetDefinition dataSet) {
    return cacheRoot.resolve(dataSet.id());
  }

  /**
   * Reads the data set from a directory the user named: verified like any other, never fetched
   * into, never cached.
   *
   * @throws IllegalArgumentException if a file is missing, malformed or not the pinned one
   */
  public DataSet fromDirectory(DataSetDefinition dataSet, Path directory) {
    return DataDirectory.read(dataSet, directory, "the directory given");
  }

  /**
   * Reads the data set from the cache, first fetching whatever the cache lacks.
   *
   * @throws DataUnavailableException if no source could provide a missing file
   */
  public DataSet load(DataSetDefinition dataSet, FetchListener listener) {
    Path directory = cacheDirectory(dataSet);
    List<String> usedSources = new ArrayList<>();
    // Each pass discards at most the first bad file it meets and fetches what is missing, so a
    // cache with every file bad heals in one run: at most one pass per file, plus the clean one.
    for (int pass = 0; ; pass++) {
      if (DataDirectory.missing(directory).isEmpty()) {
        String origin = usedSources.isEmpty()
            ? "the cache" : "fetched into the cache from " + String.join(" and ", usedSources);
        try {
          return DataDirectory.read(dataSet, directory, origin);
        } catch (ChecksumMismatchException e) {
          if (pass > DataFile.values().length) {
            throw e;
          }
          discard(e.file(), e.getMessage());
        } catch (IdxFormatException e) {
          if (pass > DataFile.values().length) {
            throw e;
          }
          discard(e.file(), e.getMessage());
        }
      }
      for (String source : fill(dataSet, directory, listener)) {
        if (!usedSources.contains(source)) {
          usedSources.add(source);
        }
      }
    }
  }

  private static void discard(Path file, String reason) {
    LOG.warn("Discarding a cached file that failed verification: {}", reason);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the bad cached file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Fetches the files the cache lacks; returns the sources that provided some. */
  @SuppressWarnings("try") // the lock is held for the whole block, never referenced inside it
  private List<String> fill(DataSetDefinition dataSet, Path directory, FetchListener listener) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new DataUnavailableException(
          "cannot create the cache directory " + directory + " (" + e.getMessage() + "); set "
              + CacheLocation.NNLAB_CACHE + " to a writable directory, or give the files with --data DIR");
    }
    try (CacheLock lock = CacheLock.acquire(directory)) {
      removeStaging(directory);
      Set<DataFile> missing = DataDirectory.missing(directory);
      List<String> used = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      for (DataSource source : sources.apply(dataSet)) {
        if (missing.isEmpty()) {
          break;
        }
        listener.trying(source.description());
        int before = missing.size();
        String problem = fetchFrom(source, dataSet, missing, directory, listener);
        if (missing.size() < before) {
          used.add(source.description());
        }
        if (problem != null) {
          failures.add(source.description() + ": " + problem);
          listener.failed(source.description(), problem);
        }
      }
      if (!missing.isEmpty()) {
        throw new DataUnavailableException(unavailable(dataSet, directory, missing, failures));
      }
      return used;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the cache directory " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Tries one source for the missing files, moving each verified one into the cache; returns what went wrong, or null. */
  private static String fetchFrom(
      DataSource source, DataSetDefinition dataSet, Set<DataFile> missing, Path directory, FetchListener listener)
      throws IOException {
    Path staging = Files.createTempDirectory(directory, STAGING_PREFIX);
    try {
      Map<DataFile, Path> fetched = source.fetch(dataSet, EnumSet.copyOf(missing), staging, listener);
      List<String> problems = new ArrayList<>();
      for (DataFile file : EnumSet.copyOf(missing)) {
        Path path = fetched.get(file);
        if (path == null) {
          problems.add("it did not provide " + file.fileName());
          continue;
        }
        String problem = verify(dataSet, file, path);
        if (problem != null) {
          problems.add(problem);
          continue;
        }
        Path target = directory.resolve(path.getFileName());
        Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        missing.remove(file);
        LOG.debug("Cached {} from {} (SHA-256 verified)", target, source.description());
      }
      return problems.isEmpty() ? null : String.join("; ", problems);
    } catch (IOException | UncheckedIOException e) {
      return e.getMessage();
    } finally {
      deleteTree(staging);
    }
  }

  private static String verify(DataSetDefinition dataSet, DataFile file, Path path) {
    String actual;
    try {
      actual = IdxReader.sha256OfContent(path);
    } catch (IdxFormatException e) {
      return path.getFileName() + ": " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2) + "; not cached";
    }
    String expected = dataSet.sha256(file);
    if (!actual.equals(expected)) {
      return new ChecksumMismatchException(path.getFileName(), dataSet.id() + " " + file.fileName(), expected, actual)
          .getMessage();
    }
    return null;
  }

  private static String unavailable(
      DataSetDefinition dataSet, Path directory, Set<DataFile> missing, List<String> failures) {
    String tried =
        failures.isEmpty()
            ? "  (no source is configured for it)"
            : failures.stream().map(f -> "  - " + f).collect(Collectors.joining(System.lineSeparator()));
    return "cannot obtain the " + dataSet.id() + " data set: no source provided "
        + missing.stream().map(DataFile::fileName).collect(Collectors.joining(", ")) + "." + System.lineSeparator()
        + "Tried:" + System.lineSeparator() + tried + System.lineSeparator()
        + "To provide the files by hand, put " + DataDirectory.standardNames()
        + " (each plain or .gz) in a directory and pass --data DIR, or copy them into " + directory
        + "; they are checked against the SHA-256 values in docs/data.md.";
  }

  /** Staging directories left by a process that died mid-fetch; only called while holding the lock. */
  private static void removeStaging(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
        deleteTree(child);
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove the staging directory {}: {}", root, e.getMessage());
    }
  }
}
