package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches from a web server on the loopback interface: no network needed. */
class HttpMirrorSourceTest {

  @TempDir Path staging;
  private final IdxFiles.Tiny tiny = new IdxFiles.Tiny();
  private HttpServer server;
  private URI base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    for (DataFile file : DataFile.values()) {
      byte[] body = IdxFiles.gzip(tiny.content.get(file));
      server.createContext(
          "/mnist/" + file.fileName() + ".gz",
          exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
    }
    server.createContext(
        "/slow/",
        exchange -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void downloadsTheCompressedFilesWithProgress() throws Exception {
    List<String> events = new ArrayList<>();
    FetchListener listener =
        new FetchListener() {
          @Override
          public void transferStarted(String name, long totalBytes) {
            events.add("start " + name + " " + totalBytes);
          }

          @Override
          public void transferProgress(String name, long bytes) {
            events.add("progress " + name + " " + bytes);
          }

          @Override
          public void transferFinished(String name) {
            events.add("finish " + name);
          }
        };
    HttpMirrorSource source = new HttpMirrorSource(base.resolve("mnist"));

    Map<DataFile, Path> files = source.fetch(tiny.definition, EnumSet.of(DataFile.TRAIN_LABELS), staging, listener);

    Path file = staging.resolve("train-labels-idx1-ubyte.gz");
    assertThat(files).containsExactly(Map.entry(DataFile.TRAIN_LABELS, file));
    assertThat(IdxReader.sha256OfContent(file)).isEqualTo(tiny.definition.sha256(DataFile.TRAIN_LABELS));
    long size = Files.size(file);
    assertThat(events)
        .containsExactly(
            "start train-labels-idx1-ubyte.gz " + size,
            "progress train-labels-idx1-ubyte.gz " + size,
            "finish train-labels-idx1-ubyte.gz");
    assertThat(source.description()).isEqualTo("mirror " + base + "mnist/");
  }

  @Test
  void suppliesTheLoader() {
    HttpMirrorSource source = new HttpMirrorSource(base.resolve("mnist/"));
    DataSetLoader loader = new DataSetLoader(staging.resolve("cache"), dataSet -> List.of(source));

    DataSet data = loader.load(tiny.definition, FetchListener.NONE);

    assertThat(data.origin()).isEqualTo("fetched into the cache from mirror " + base + "mnist/");
    assertThat(data.test().size()).isEqualTo(5);
  }

  @Test
  void reportsAnHttpError() {
    HttpMirrorSource source = new HttpMirrorSource(base.resolve("elsewhere/"));
    assertThatThrownBy(() -> source.fetch(tiny.definition, Set.of(DataFile.TEST_IMAGES), staging, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("HTTP 404 for " + base + "elsewhere/t10k-images-idx3-ubyte.gz");
  }

  @Test
  void failsFastWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    // A refused connection must fail at once, not after the connect timeout: a long timeout keeps the
    // check meaningful on a loaded machine, where the client's first start alone can take seconds.
    Duration connectTimeout = Duration.ofSeconds(60);
    HttpMirrorSource source =
        new HttpMirrorSource(URI.create("http://127.0.0.1:" + port + "/mnist/"), connectTimeout, Duration.ofSeconds(60));

    long start = System.nanoTime();
    assertThatThrownBy(() -> source.fetch(tiny.definition, Set.of(DataFile.TEST_IMAGES), staging, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("127.0.0.1");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(connectTimeout.dividedBy(2));
  }

  @Test
  void givesUpOnAServerThatDoesNotAnswer() {
    HttpMirrorSource source =
        new HttpMirrorSource(base.resolve("slow/"), Duration.ofSeconds(2), Duration.ofMillis(300));

    long start = System.nanoTime();
    assertThatThrownBy(() -> source.fetch(tiny.definition, Set.of(DataFile.TEST_IMAGES), staging, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("no response from " + base + "slow/t10k-images-idx3-ubyte.gz within 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }
}
