package dev.nnlab.network.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all, and durably: the bytes go into a hidden temporary sibling
 * ({@value #PREFIX}pid-random-name), which is fsynced, renamed over the target, and then the
 * directory is fsynced so the rename itself survives a power cut (the order ext4 and XFS need).
 *
 * <p>The temporary file is created with the default permissions, so the user's umask decides its
 * mode, as it would for any file the user creates. Temporaries of this process are removed by a
 * shutdown hook on SIGINT or SIGTERM (after the {@link #beforeExit} tasks); those of a process that was killed outright (SIGKILL, power
 * loss) are recognised by their prefix and a process id that no longer runs, and removed by the
 * next write into the same directory ({@link #sweep}).
 */
public final class DurableFiles {

  /** The hidden prefix of every temporary file nnlab writes; nothing else starts with it. */
  public static final String PREFIX = ".nnlab-tmp-";

  private static final Pattern TEMPORARY = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-[0-9a-f]+-.*");
  private static final long PID = ProcessHandle.current().pid();
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final Set<Runnable> LAST_WORDS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DurableFiles::shutDown, "nnlab-temporary-files"));
  }

  private DurableFiles() {}

  /**
   * Writes {@code bytes} to {@code target}, creating missing parent directories.
   *
   * @throws IOException if any step fails; the target is then as it was, and no temporary remains
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    sweep(directory);
    sweepOldStyle(directory, absolute.getFileName().toString(), System.currentTimeMillis());
    Path temporary = directory.resolve(temporaryName(absolute.getFileName().toString()));
    LIVE.add(temporary);
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      move(temporary, absolute);
      syncDirectory(directory);
    } finally {
      Files.deleteIfExists(temporary);
      LIVE.remove(temporary);
    }
  }

  /** Renames {@code source} over {@code target} atomically where the file system can. */
  static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Flushes a directory's entries (a rename, a new file) to disk. Some file systems and platforms
   * cannot open a directory for syncing; there the rename is as durable as the platform makes it.
   */
  public static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (!Files.isDirectory(directory)) {
        throw e;
      }
      // opening or syncing a directory is unsupported here (e.g. Windows); nothing more can be done
    }
  }

  /** A fresh temporary name for {@code name}: prefix, this process's id, a random part, the name. */
  public static String temporaryName(String name) {
    return PREFIX + PID + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + "-" + name;
  }

  /**
   * Removes the temporaries in {@code directory} left by processes that no longer run (killed
   * while writing). A temporary of a running process, this one included, is left alone.
   *
   * @return how many were removed
   */
  public static int sweep(Path directory) {
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, PREFIX + "*")) {
      for (Path entry : entries) {
        if (isStale(entry.getFileName().toString()) && deleteTree(entry)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // an unreadable directory: the write that follows reports the real problem
    }
    return removed;
  }

  /**
   * How old a temporary of an nnlab version before this class must be to be removed: those carry no
   * process id, and a write of theirs took seconds, so one left for an hour is a killed run's.
   */
  static final long OLD_STYLE_AGE_MILLIS = 3_600_000;

  /**
   * Removes the temporaries that versions before this class left beside {@code name} when killed:
   * {@code net.nnlab<digits>.tmp} (NetworkFile) and {@code .run.json<digits>.tmp} (AtomicFiles), as
   * {@code Files.createTempFile} named them, once older than {@link #OLD_STYLE_AGE_MILLIS}. Only
   * the temporaries of the file being written are touched.
   *
   * @return how many were removed
   */
  static int sweepOldStyle(Path directory, String name, long nowMillis) {
    Pattern oldStyle = Pattern.compile("\\.?" + Pattern.quote(name) + "\\d+\\.tmp");
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.tmp")) {
      for (Path entry : entries) {
        if (oldStyle.matcher(entry.getFileName().toString()).matches()
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
            && nowMillis - Files.getLastModifiedTime(entry).toMillis() > OLD_STYLE_AGE_MILLIS
            && Files.deleteIfExists(entry)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // unreadable: the write that follows reports the real problem
    }
    return removed;
  }

  static boolean isStale(String name) {
    Matcher matcher = TEMPORARY.matcher(name);
    if (!matcher.matches()) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(matcher.group(1));
    } catch (NumberFormatException e) {
      return true;
    }
    return pid != PID && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Registers a temporary file or directory of this process for removal on SIGINT or SIGTERM. */
  public static void removeOnExit(Path temporary) {
    LIVE.add(temporary.toAbsolutePath());
  }

  /** Forgets a temporary registered with {@link #removeOnExit} (it was renamed into place or removed). */
  public static void forget(Path temporary) {
    LIVE.remove(temporary.toAbsolutePath());
  }

  /** Deletes a file or a directory tree; returns whether it is gone. */
  public static boolean deleteTree(Path root) {
    try {
      if (Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
          for (Path child : children) {
            deleteTree(child);
          }
        }
      }
      Files.deleteIfExists(root);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs {@code task} (such as writing a manifest that says "interrupted") on SIGINT or SIGTERM,
   * before this class removes the temporaries of unfinished writes. One shutdown hook does both,
   * in that order, because the JVM runs separate hooks concurrently and the cleanup would delete
   * the task's own temporary. Run the returned canceller once the task is no longer wanted.
   */
  public static Runnable beforeExit(Runnable task) {
    LAST_WORDS.add(task);
    return () -> LAST_WORDS.remove(task);
  }

  private static void shutDown() {
    for (Runnable task : LAST_WORDS) {
      try {
        task.run();
      } catch (RuntimeException e) {
        // the process is ending; what is on disk is what the next run sees
      }
    }
    for (Path temporary : LIVE) {
      deleteTree(temporary);
    }
  }
}
