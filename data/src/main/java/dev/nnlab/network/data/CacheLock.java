package dev.nnlab.network.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive use of one data set's cache directory while it is being filled: an OS file lock on
 * {@code .lock} keeps other processes out, and a lock per directory keeps other threads of this JVM
 * out (a JVM may hold only one file lock per file). Correctness does not depend on it — files arrive
 * by atomic rename of verified content — but it stops two programs downloading the same files.
 */
final class CacheLock implements AutoCloseable {

  private static final ConcurrentMap<Path, ReentrantLock> THREAD_LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock threadLock;
  private final FileChannel channel;
  private final FileLock fileLock;

  private CacheLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
    this.threadLock = threadLock;
    this.channel = channel;
    this.fileLock = fileLock;
  }

  /** Waits until the directory (which must exist) is free, then holds it until {@link #close()}. */
  static CacheLock acquire(Path directory) throws IOException {
    ReentrantLock threadLock = THREAD_LOCKS.computeIfAbsent(directory.toRealPath(), p -> new ReentrantLock());
    threadLock.lock();
    try {
      FileChannel channel =
          FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        return new CacheLock(threadLock, channel, channel.lock());
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      threadLock.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      fileLock.release();
      channel.close();
    } finally {
      threadLock.unlock();
    }
  }
}
