package dev.nnlab.network.data;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files this process has already parsed and verified against a pinned SHA-256, so that loading
 * the same unchanged file again (the in-process test suites load MNIST dozens of times; a program
 * may load a data set per run) skips hashing and parsing 55 MB anew. A file is the same when its
 * real path, size and modification time are; anything else reads and verifies it again. Held
 * softly: the collector may drop an entry rather than run out of memory. The arrays are never
 * written after parsing, so sharing them is safe.
 */
final class VerifiedFileCache {

  private record Key(Path path, long size, FileTime modified, String sha256) {}

  private static final Map<Key, SoftReference<IdxArray>> VERIFIED = new ConcurrentHashMap<>();

  private VerifiedFileCache() {}

  /** The array parsed from {@code file} when it was verified against {@code sha256}, if it has not changed since. */
  static Optional<IdxArray> get(Path file, String sha256) {
    return key(file, sha256).map(VERIFIED::get).map(SoftReference::get);
  }

  /** Remembers that {@code file}, as it is now, parsed to {@code array} and matched {@code sha256}. */
  static void put(Path file, String sha256, IdxArray array) {
    key(file, sha256).ifPresent(k -> VERIFIED.put(k, new SoftReference<>(array)));
  }

  private static Optional<Key> key(Path file, String sha256) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return Optional.of(new Key(file.toRealPath(), attributes.size(), attributes.lastModifiedTime(), sha256));
    } catch (IOException e) {
      return Optional.empty(); // unreadable now: the read that follows says why
    }
  }
}
