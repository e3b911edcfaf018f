package dev.nnlab.network.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A web directory serving the four files gzip-compressed ({@code <base>/train-images-idx3-ubyte.gz}
 * and so on). Timeouts are short so that, where mirrors are unreachable, the next source is tried
 * within seconds.
 */
public final class HttpMirrorSource implements DataSource {

  /** Connection timeout of the standard mirrors: long enough for a real mirror, short enough to fall back quickly. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** How long to wait for a response's headers once connected. */
  public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

  private static final long PROGRESS_STEP = 256 * 1024;

  private final URI base;
  private final Duration connectTimeout;
  private final Duration responseTimeout;

  public HttpMirrorSource(URI base, Duration connectTimeout, Duration responseTimeout) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
  }

  public HttpMirrorSource(URI base) {
    this(base, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
  }

  @Override
  public String description() {
    return "mirror " + base;
  }

  @Override
  public Map<DataFile, Path> fetch(DataSetDefinition dataSet, Set<DataFile> wanted, Path staging, FetchListener listener)
      throws IOException {
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    Map<DataFile, Path> fetched = new EnumMap<>(DataFile.class);
    for (DataFile file : wanted) {
      String name = file.fileName() + ".gz";
      Path target = staging.resolve(name);
      download(client, base.resolve(name), name, target, listener);
      fetched.put(file, target);
    }
    return fetched;
  }

  private void download(HttpClient client, URI uri, String name, Path target, FetchListener listener) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(responseTimeout).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new IOException("no connection to " + uri.getHost() + " within " + inWords(connectTimeout), e);
    } catch (HttpTimeoutException e) {
      throw new IOException("no response from " + uri + " within " + inWords(responseTimeout), e);
    } catch (ConnectException e) {
      throw new IOException("cannot connect to " + uri.getHost() + " (" + describe(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + uri, e);
    } catch (IOException e) {
      throw new IOException("cannot fetch " + uri + " (" + describe(e) + ")", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " for " + uri);
      }
      long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      listener.transferStarted(name, total);
      copy(body, target, name, listener);
      listener.transferFinished(name);
    }
  }

  private static void copy(InputStream body, Path target, String name, FetchListener listener) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long received = 0;
    long reported = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        out.write(buffer, 0, n);
        received += n;
        if (received - reported >= PROGRESS_STEP) {
          listener.transferProgress(name, received);
          reported = received;
        }
      }
    }
    listener.transferProgress(name, received);
  }

  private static String inWords(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  /** The root cause in words: the HTTP client wraps DNS and socket failures in vague IOExceptions. */
  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
      return "cannot resolve the host name";
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
