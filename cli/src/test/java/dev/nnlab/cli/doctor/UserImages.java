package dev.nnlab.cli.doctor;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Four IDX files of the user's own images, written by the tests from a fixed seed: 8×8 images of
 * class k carry a bright column k (k < 8) or row k − 8 on faint noise, so a network can learn them.
 */
public final class UserImages {

  public static final int SIDE = 8;

  private UserImages() {}

  /** Writes train-* and t10k-* images and labels under {@code directory}, with {@code train} and {@code test} images. */
  public static Path write(Path directory, int train, int test) throws IOException {
    Files.createDirectories(directory);
    SplittableRandom random = new SplittableRandom(64);
    writePart(directory, "train", train, random, train);
    writePart(directory, "t10k", test, random, test);
    return directory;
  }

  /** Writes one part whose labels file holds {@code labels} labels (a different number breaks the pair). */
  public static void writePart(Path directory, String part, int images, SplittableRandom random, int labels)
      throws IOException {
    byte[] pixels = new byte[images * SIDE * SIDE];
    byte[] classes = new byte[Math.max(images, labels)];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = (byte) (i % 10);
    }
    for (int i = 0; i < images; i++) {
      int k = classes[i];
      for (int r = 0; r < SIDE; r++) {
        for (int c = 0; c < SIDE; c++) {
          boolean bright = k < SIDE ? c == k : r == k - SIDE;
          pixels[(i * SIDE + r) * SIDE + c] = (byte) (bright ? 200 + random.nextInt(56) : random.nextInt(40));
        }
      }
    }
    idx(directory.resolve(part + "-images-idx3-ubyte"), 0x0803, new int[] {images, SIDE, SIDE}, pixels);
    byte[] written = new byte[labels];
    System.arraycopy(classes, 0, written, 0, labels);
    idx(directory.resolve(part + "-labels-idx1-ubyte"), 0x0801, new int[] {labels}, written);
  }

  /** Overwrites one label of a part's labels file with {@code value}. */
  public static void setLabel(Path directory, String part, int index, int value) throws IOException {
    Path file = directory.resolve(part + "-labels-idx1-ubyte");
    byte[] bytes = Files.readAllBytes(file);
    bytes[8 + index] = (byte) value;
    Files.write(file, bytes);
  }

  private static void idx(Path file, int magic, int[] dimensions, byte[] data) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(raw)) {
      out.writeInt(magic);
      for (int d : dimensions) {
        out.writeInt(d);
      }
      out.write(data);
    }
  }
}
