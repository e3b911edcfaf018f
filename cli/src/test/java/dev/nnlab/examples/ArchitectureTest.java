package dev.nnlab.examples;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of design.md: core depends on nothing of nnlab and not on Guice;
 * the plugin modules depend on core only; the engine finds plugins at run time, never by import.
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
    assertThat(nnlab.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
        .contains("core", "examples");
  }

  @Test
  void coreDependsOnNoOtherModuleAndNotOnGuice() {
    noClasses().that().resideInAPackage("dev.nnlab.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.google.inject..", "jakarta.inject..", "javax.inject..",
            "dev.nnlab.initializers..", "dev.nnlab.activations..", "dev.nnlab.network..",
            "dev.nnlab.examples..", "dev.nnlab.tck..")
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
            "dev.nnlab.initializers..", "dev.nnlab.activations..", "dev.nnlab.examples..")
        .allowEmptyShould(true)
        .check(nnlab);
  }

  @Test
  void pluginModulePomsDependOnCoreOnlyAtCompileTime() throws Exception {
    for (String module : List.of("initializers", "activations", "layers")) {
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
    return Files.exists(here.resolve("examples")) ? here : here.getParent();
  }
}
