package dev.nnlab.cli.io;

import dev.nnlab.network.data.CacheLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One writer per output path: an OS lock held from before the work starts until the outputs are
 * committed, so a second run aimed at the same file (or report directory) is refused at once
 * instead of interleaving its files with the first's. The lock files live in the user's cache
 * ({@code locks/}, named by a hash of the output's canonical path), not beside the outputs: they
 * are never deleted (deleting a lock file races with the next locker) and hold no data.
 */
public final class OutputLock implements AutoCloseable {

  private final List<FileChannel> channels;
  private final List<FileLock> locks;

  private OutputLock(List<FileChannel> channels, List<FileLock> locks) {
    this.channels = channels;
    this.locks = locks;
  }

  /** What an output is called on the command line and where it goes. */
  public record Target(String option, Path path) {}

  /**
   * Locks every target (missing parent directories are created), or none.
   *
   * @throws IllegalStateException naming the option and path another run holds
   * @throws IOException if a lock file cannot be created
   */
  public static OutputLock acquire(List<Target> targets) throws IOException {
    return acquire(targets, CacheLocation.root().resolve("locks"));
  }

  /** As {@link #acquire(List)}, with the lock files in {@code lockDirectory}. */
  static OutputLock acquire(List<Target> targets, Path lockDirectory) throws IOException {
    List<FileChannel> channels = new ArrayList<>();
    List<FileLock> locks = new ArrayList<>();
    OutputLock lock = new OutputLock(channels, locks);
    try {
      Files.createDirectories(lockDirectory);
      for (Target target : targets) {
        FileChannel channel = FileChannel.open(
            lockDirectory.resolve(lockName(target.path())), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channels.add(channel);
        FileLock fileLock;
        try {
          fileLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          fileLock = null;
        }
        if (fileLock == null) {
          throw new IllegalStateException(target.option() + " " + target.path()
              + ": another nnlab run is writing it right now; wait for it to finish or choose another path");
        }
        locks.add(fileLock);
      }
      return lock;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The lock file's name: a hash of the canonical path, whose parent directories need not exist yet. */
  static String lockName(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    Path canonical = absolute;
    if (existing != null) {
      try {
        canonical = existing.toRealPath().resolve(existing.relativize(absolute));
      } catch (IOException e) {
        // keep the absolute form
      }
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16) + ".lock";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks SHA-256, which every Java platform must provide", e);
    }
  }

  @Override
  public void close() {
    for (FileLock fileLock : locks) {
      try {
        fileLock.release();
      } catch (IOException ignored) {
        // closing the channel below releases it too
      }
    }
    for (FileChannel channel : channels) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was written through it
      }
    }
  }
}
