package dev.nnlab.core.plugin;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The plugins of one kind found on a class loader. Discovery happens once, in {@link #load}, and is
 * strict: a provider that cannot be instantiated, a name that is not kebab-case, or a name or alias
 * claimed twice fails the whole load with a message naming the contract, the classes and their
 * locations. The result is immutable and safe to share between threads.
 *
 * @param <T> what the plugins make
 */
public final class PluginRegistry<T> {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final PluginKind<T> kind;
  private final List<PluginEntry<T>> entries;
  private final Map<String, PluginEntry<T>> byName;

  private PluginRegistry(PluginKind<T> kind, List<PluginEntry<T>> entries) {
    this.kind = kind;
    this.entries = List.copyOf(entries);
    Map<String, PluginEntry<T>> index = new HashMap<>();
    for (PluginEntry<T> entry : entries) {
      index.put(entry.name(), entry);
      entry.plugin().aliases().forEach(alias -> index.put(alias, entry));
    }
    this.byName = Collections.unmodifiableMap(index);
  }

  /**
   * Discovers every provider of {@code kind.contract()} visible to {@code loader}.
   *
   * @throws PluginDiscoveryException if a provider cannot be loaded, or names clash or are invalid
   */
  public static <T> PluginRegistry<T> load(PluginKind<T> kind, ClassLoader loader) {
    List<PluginEntry<T>> found = new ArrayList<>();
    Map<String, PluginEntry<T>> claimed = new LinkedHashMap<>();
    for (ServiceLoader.Provider<? extends Plugin<T>> provider : providers(kind, loader)) {
      PluginEntry<T> entry = instantiate(kind, provider);
      claim(kind, claimed, entry.name(), entry);
      for (String alias : entry.plugin().aliases()) {
        claim(kind, claimed, alias, entry);
      }
      found.add(entry);
    }
    found.sort(Comparator.comparing(PluginEntry::name));
    return new PluginRegistry<>(kind, found);
  }

  private static <T> List<ServiceLoader.Provider<? extends Plugin<T>>> providers(
      PluginKind<T> kind, ClassLoader loader) {
    try {
      List<ServiceLoader.Provider<? extends Plugin<T>>> providers = new ArrayList<>();
      ServiceLoader.load(kind.contract(), loader).stream().forEach(providers::add);
      return providers;
    } catch (ServiceConfigurationError e) {
      throw new PluginDiscoveryException(
          "cannot load " + kind.label() + " plugins (contract " + kind.contract().getName() + "): "
              + e.getMessage(),
          e);
    }
  }

  private static <T> PluginEntry<T> instantiate(
      PluginKind<T> kind, ServiceLoader.Provider<? extends Plugin<T>> provider) {
    String className = provider.type().getName();
    String location = locationOf(provider.type());
    Plugin<T> plugin;
    try {
      plugin = provider.get();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new PluginDiscoveryException(
          "cannot load " + kind.label() + " plugin " + className + " (contract "
              + kind.contract().getName() + ") from " + location + ": " + cause,
          e);
    }
    String name = plugin.name();
    if (name == null || !KEBAB.matcher(name).matches()) {
      throw new PluginDiscoveryException(
          kind.label() + " plugin " + className + " from " + location + " has name '" + name
              + "'; names must be kebab-case such as xavier-normal");
    }
    for (String alias : plugin.aliases()) {
      if (alias == null || !KEBAB.matcher(alias).matches()) {
        throw new PluginDiscoveryException(
            kind.label() + " plugin " + className + " from " + location + " has alias '" + alias
                + "'; aliases must be kebab-case such as glorot-normal");
      }
    }
    return new PluginEntry<>(plugin, location);
  }

  private static <T> void claim(
      PluginKind<T> kind, Map<String, PluginEntry<T>> claimed, String name, PluginEntry<T> entry) {
    PluginEntry<T> previous = claimed.putIfAbsent(name, entry);
    if (previous != null) {
      throw new PluginDiscoveryException(
          "two " + kind.label() + " plugins claim the name '" + name + "': "
              + describe(previous) + " and " + describe(entry)
              + "; remove one of them from the classpath");
    }
  }

  private static String describe(PluginEntry<?> entry) {
    return entry.plugin().getClass().getName() + " (" + entry.location() + ")";
  }

  private static String locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null) {
      return "unknown";
    }
    return "file".equals(url.getProtocol()) ? url.getPath() : url.toString();
  }

  public PluginKind<T> kind() {
    return kind;
  }

  /** Every discovered plugin, sorted by name. */
  public List<PluginEntry<T>> entries() {
    return entries;
  }

  /** Every name and alias, sorted. */
  public List<String> names() {
    return List.copyOf(new TreeMap<>(byName).keySet());
  }

  /** The plugin with this name or alias (ignoring case), if any. */
  public Optional<PluginEntry<T>> find(String nameOrAlias) {
    return Optional.ofNullable(byName.get(nameOrAlias.toLowerCase(Locale.ROOT)));
  }

  /**
   * The plugin with this name or alias.
   *
   * @throws PluginDiscoveryException if no plugin of this kind is on the classpath at all
   * @throws SpecException naming the available plugins and the closest match otherwise
   */
  public PluginEntry<T> require(String nameOrAlias) {
    requireNotEmpty();
    return find(nameOrAlias)
        .orElseThrow(
            () -> {
              String hint =
                  ClosestMatch.among(nameOrAlias, byName.keySet())
                      .map(match -> " Did you mean '" + match + "'?")
                      .orElse("");
              return new SpecException(
                  "unknown " + kind.label() + " '" + nameOrAlias + "'." + hint + " Available: "
                      + String.join(", ", primaryNames()));
            });
  }

  /** Parses {@code specText}, checks its parameters and creates the component. */
  public Configured<T> create(String specText, PluginCatalog catalog) {
    Spec spec = Spec.parse(specText);
    PluginEntry<T> entry = require(spec.name());
    Parameters parameters = ParameterBinder.bind(kind, entry.plugin(), spec, catalog);
    try {
      return new Configured<>(entry.plugin().create(parameters), entry.plugin(), parameters);
    } catch (SpecException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SpecException(kind.label() + " '" + specText + "': " + e.getMessage(), e);
    }
  }

  /** Throws if no plugin of this kind was found, saying which module to add. */
  public void requireNotEmpty() {
    if (entries.isEmpty()) {
      throw new PluginDiscoveryException(
          "no " + kind.label() + " plugins found on the classpath (contract "
              + kind.contract().getName() + "): add " + kind.stockModule()
              + " or a jar that provides one");
    }
  }

  private List<String> primaryNames() {
    return entries.stream().map(PluginEntry::name).toList();
  }
}
