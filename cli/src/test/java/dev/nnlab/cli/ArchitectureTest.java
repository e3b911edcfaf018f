package dev.nnlab.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of docs/design.md ("Modules" and "Dependency direction"): core
 * depends on nothing of nnlab and not on Guice; the plugin modules, the stock training plugins among
 * them, depend on core only; data sets never reach training; the backends reach only data sets and
 * the stock costs; the engine finds plugins at run time, never by import. Maven's module graph already
 * forbids a module to import one it does not depend on; these rules pin the edges it allows.
 */
class ArchitectureTest {

  private static JavaClasses nnlab;

  @BeforeAll
  static void importClasses() {
    nnlab = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // test fixtures other modules publish as test-jars are tests too
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.nnlab");
  }

  @Test
  void everyModuleIsImported() {
    // dev.nnlab itself holds only the entry point, Nnlab
    assertThat(nnlab.stream().map(c -> c.getPackageName().split("\\.")).filter(parts -> parts.length > 2)
        .map(parts -> parts[2]).distinct())
        .contains("core", "cli");
  }

  @Test
  void coreDependsOnNoOtherModuleAndNotOnGuice() {
    noClasses().that().resideInAPackage("dev.nnlab.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.google.inject..", "jakarta.inject..", "javax.inject..",
            "dev.nnlab.initializers..", "dev.nnlab.activations..", "dev.nnlab.network..",
            "dev.nnlab.cli..", "dev.nnlab.tck..")
        .check(nnlab);
  }

  /** The sections of docs/design.md these rules enforce; the page must keep them under these names. */
  @Test
  void theDesignSectionsThisTestCitesExist() throws Exception {
    List<String> headings = Files.readAllLines(repositoryRoot().resolve("docs/design.md")).stream()
        .filter(line -> line.startsWith("#")).map(line -> line.replaceFirst("^#+\\s*", ""))
        .collect(Collectors.toList());
    assertThat(headings).contains("Modules", "Dependency direction");
  }

  /** design.md's module table: which Java packages each module's sources hold, and nothing else. */
  private static final Map<String, List<String>> MODULE_PACKAGES = Map.of(
      "data", List.of("dev/nnlab/network/data", "dev/nnlab/network/table", "dev/nnlab/network/io"),
      "training-plugins", List.of("dev/nnlab/network/cost", "dev/nnlab/network/optim", "dev/nnlab/network/regularize"),
      "backends", List.of("dev/nnlab/network/backend", "dev/nnlab/network/fast"),
      "network", List.of("dev/nnlab/network/audit", "dev/nnlab/network/diagnostics", "dev/nnlab/network/doctor",
          "dev/nnlab/network/train"),
      "inject", List.of("dev/nnlab/network/inject"));

  @Test
  void eachEngineModuleHoldsThePackagesDesignMdGivesIt() throws Exception {
    String design = Files.readString(repositoryRoot().resolve("docs/design.md"));
    for (Map.Entry<String, List<String>> module : MODULE_PACKAGES.entrySet()) {
      assertThat(design).as("docs/design.md's module table names " + module.getKey())
          .contains("| `" + module.getKey() + "` ");
      Path sources = repositoryRoot().resolve(module.getKey()).resolve("src/main/java");
      List<String> packages;
      try (Stream<Path> dirs = Files.list(sources.resolve("dev/nnlab/network"))) {
        packages = dirs.filter(Files::isDirectory)
            .map(dir -> sources.relativize(dir).toString().replace('\\', '/')).collect(Collectors.toList());
      }
      assertThat(packages).as("package directories of " + module.getKey())
          .containsExactlyInAnyOrderElementsOf(module.getValue());
    }
  }

  @Test
  void dataSetsAndFilesDependOnNoTrainingCode() {
    classes().that().resideInAnyPackage("dev.nnlab.network.data..", "dev.nnlab.network.table..", "dev.nnlab.network.io..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "dev.nnlab.core..", "dev.nnlab.layers..", "dev.nnlab.network.data..",
            "dev.nnlab.network.table..", "dev.nnlab.network.io..", "org.ejml..", "org.slf4j..")
        .check(nnlab);
  }

  @Test
  void stockTrainingPluginsDependOnCoreOnly() {
    pluginModuleRule("dev.nnlab.network.cost..");
    pluginModuleRule("dev.nnlab.network.optim..");
    pluginModuleRule("dev.nnlab.network.regularize..");
  }

  @Test
  void backendsDependOnDataSetsAndStockCostsOnly() {
    classes().that().resideInAnyPackage("dev.nnlab.network.backend..", "dev.nnlab.network.fast..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "jdk.incubator.vector..", "dev.nnlab.core..", "dev.nnlab.network.backend..",
            "dev.nnlab.network.fast..", "dev.nnlab.network.data..", "dev.nnlab.network.cost..",
            "org.ejml..", "org.slf4j..")
        .check(nnlab);
  }

  @Test
  void initializersDependOnCoreOnly() {
    pluginModuleRule("dev.nnlab.initializers..");
  }

  @Test
  void activationsDependOnCoreOnly() {
    pluginModuleRule("dev.nnlab.activations..");
  }

  @Test
  void layersDependOnCoreOnly() {
    pluginModuleRule("dev.nnlab.layers..");
  }

  /**
   * No package of nnlab depends on itself through others (design.md, "Dependency direction"). The
   * one allowance: the plugin registry's catalogue of kinds (PluginKinds, PluginCatalog and the
   * gain parameter that reads an activation) names every kind, whose providers in turn extend
   * Plugin; that knot is inside core's contract packages and moves only with them.
   */
  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.nnlab.(**)").should().beFreeOfCycles()
        .ignoreDependency(
            HasName.Predicates.nameMatching("dev\\.nnlab\\.core\\.plugin\\.(PluginKinds|PluginCatalog|GainType)(\\$.*)?"),
            JavaClass.Predicates.resideInAPackage("dev.nnlab.core.."))
        .check(nnlab);
  }

  @Test
  void trainingUsesBackendsThroughTheirContractOnly() {
    noClasses().that().resideInAPackage("dev.nnlab.network.fast..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.nnlab.network.train..", "dev.nnlab.network.optim..", "dev.nnlab.network.regularize..")
        .check(nnlab);
  }

  private static void pluginModuleRule(String modulePackage) {
    classes().that().resideInAPackage(modulePackage)
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "dev.nnlab.core..", modulePackage, "org.ejml..", "org.slf4j..")
        .allowEmptyShould(true)
        .check(nnlab);
  }

  @Test
  void engineDoesNotImportStockPluginsOrTheCommandLine() {
    noClasses().that().resideInAPackage("dev.nnlab.network..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.nnlab.initializers..", "dev.nnlab.activations..", "dev.nnlab.cli..")
        .allowEmptyShould(true)
        .check(nnlab);
  }

  @Test
  void pluginModulePomsDependOnCoreOnlyAtCompileTime() throws Exception {
    for (String module : List.of("initializers", "activations", "layers", "training-plugins")) {
      String pom = Files.readString(repositoryRoot().resolve(module).resolve("pom.xml"));
      Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
      while (dependency.find()) {
        String body = dependency.group(1);
        boolean compileScope = !body.contains("<scope>test</scope>");
        if (compileScope) {
          assertThat(body).as(module + " has a compile-scope dependency other than core")
              .contains("<artifactId>nnlab-core</artifactId>");
        }
      }
    }
  }

  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("cli")) ? here : here.getParent();
  }
}
