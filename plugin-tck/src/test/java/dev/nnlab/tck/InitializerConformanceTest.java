package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.FixtureInitializer.Flaw;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kit passes a correct initializer and catches each kind of broken one. */
class InitializerConformanceTest {

  /** The display paths of the kit's checks on one fixture, by result. */
  private record Outcome(List<String> passed, List<String> failed) {}

  private static Outcome check(Flaw flaw) {
    List<DynamicTestOutcomes.Outcome> outcomes = DynamicTestOutcomes.run(
        InitializerConformance.forInitializer("fixture", new FixtureInitializer(flaw)));
    return new Outcome(
        outcomes.stream().filter(o -> !o.failed()).map(DynamicTestOutcomes.Outcome::path).toList(),
        outcomes.stream().filter(DynamicTestOutcomes.Outcome::failed).map(DynamicTestOutcomes.Outcome::path).toList());
  }

  private static long failuresNamed(Outcome outcome, String check) {
    return outcome.failed().stream().filter(path -> path.endsWith(check)).count();
  }

  @Test
  void aCorrectInitializerPassesEveryCheck() {
    Outcome outcome = check(Flaw.NONE);
    assertThat(outcome.failed()).isEmpty();
    assertThat(outcome.passed())
        .hasSizeGreaterThan(40)
        .anyMatch(path -> path.endsWith("Kolmogorov–Smirnov test against the declared cdf"));
  }

  @Test
  void aWiderSpreadThanDeclaredFailsVarianceAndKolmogorovSmirnovForEveryFan() {
    Outcome outcome = check(Flaw.WIDER_THAN_DECLARED);
    int fans = InitializerConformance.FANS.size();
    assertThat(failuresNamed(outcome, "sample variance matches the declared variance")).isEqualTo(fans);
    assertThat(failuresNamed(outcome, "Kolmogorov–Smirnov test against the declared cdf")).isEqualTo(fans);
    assertThat(failuresNamed(outcome, "sample mean matches the declared mean")).isZero();
  }

  @Test
  void aShiftedMeanFailsTheMeanCheck() {
    Outcome outcome = check(Flaw.SHIFTED_MEAN);
    assertThat(failuresNamed(outcome, "sample mean matches the declared mean"))
        .isEqualTo(InitializerConformance.FANS.size());
  }

  @Test
  void theWrongShapeFailsKolmogorovSmirnovEvenWithTheMeanRight() {
    Outcome outcome = check(Flaw.UNIFORM_NOT_NORMAL);
    assertThat(failuresNamed(outcome, "Kolmogorov–Smirnov test against the declared cdf"))
        .isEqualTo(InitializerConformance.FANS.size());
    assertThat(failuresNamed(outcome, "sample mean matches the declared mean")).isZero();
  }

  @Test
  void aGeneratorOtherThanTheOneGivenBreaksReproducibility() {
    Outcome outcome = check(Flaw.OWN_GENERATOR);
    assertThat(failuresNamed(outcome, "the same seed gives identical values"))
        .isEqualTo(InitializerConformance.FANS.size());
  }

  @Test
  void ignoringTheSeedIsCaught() {
    Outcome outcome = check(Flaw.FIXED_SEED);
    assertThat(failuresNamed(outcome, "another seed gives other values unless it is deterministic"))
        .isEqualTo(InitializerConformance.FANS.size());
  }

  @Test
  void anEntryLeftUnwrittenIsCaught() {
    Outcome outcome = check(Flaw.SKIPS_LAST_ENTRY);
    assertThat(failuresNamed(outcome, "overwrites every entry with a finite value"))
        .isEqualTo(InitializerConformance.FANS.size());
  }

  @Test
  void acceptingAnEmptyOrMismatchedTargetIsCaught() {
    Outcome outcome = check(Flaw.ACCEPTS_ANY_TARGET);
    assertThat(outcome.failed())
        .anyMatch(path -> path.endsWith("refuses an empty target, naming its shape"))
        .anyMatch(path -> path.endsWith("refuses a target whose shape does not match the fan"));
  }

  @ParameterizedTest
  @EnumSource(value = Flaw.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void everyFlawFailsSomething(Flaw flaw) {
    assertThat(check(flaw).failed()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Flaw.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void everyFailureIsOneShortLineNamingThePluginTheFanAndTheProperty(Flaw flaw) {
    List<DynamicTestOutcomes.Outcome> failed = DynamicTestOutcomes.run(
            InitializerConformance.forInitializer("fixture", new FixtureInitializer(flaw)))
        .stream().filter(DynamicTestOutcomes.Outcome::failed).toList();
    assertThat(failed).isNotEmpty().allSatisfy(outcome -> {
      String message = outcome.failure().getMessage();
      String property = outcome.path().substring(outcome.path().lastIndexOf(": ") + 2);
      assertThat(message).doesNotContain("\n").hasSizeLessThanOrEqualTo(Property.MAX_MESSAGE)
          .startsWith("fixture").contains(property).doesNotContain("Expecting code to raise");
    });
  }

  @Test
  void aRefusalThatNeverCameSaysWhatWasExpected() {
    List<DynamicTestOutcomes.Outcome> failed = DynamicTestOutcomes.run(
            InitializerConformance.forInitializer("fixture", new FixtureInitializer(Flaw.ACCEPTS_ANY_TARGET)))
        .stream().filter(DynamicTestOutcomes.Outcome::failed).toList();
    assertThat(failed).extracting(o -> o.failure().getMessage()).contains(
        "fixture: refuses an empty target, naming its shape: a 0×0 target for fan(in=784, out=30) was accepted;"
            + " expected an IllegalArgumentException naming 0×0");
  }

  @Test
  void aFailuresStackTraceShowsWhereInTheKitTheCheckFailedAndNothingBelowIt() {
    Throwable failure = DynamicTestOutcomes.run(
            InitializerConformance.forInitializer("fixture", new FixtureInitializer(Flaw.ACCEPTS_ANY_TARGET)))
        .stream().filter(DynamicTestOutcomes.Outcome::failed).findFirst().orElseThrow().failure();
    assertThat(failure.getStackTrace()).isNotEmpty()
        .allSatisfy(frame -> assertThat(frame.getClassName()).startsWith("dev.nnlab.tck."));
    assertThat(failure.getStackTrace()[0].getClassName()).isEqualTo(InitializerChecks.class.getName());
  }

  @Test
  void aTraceThatNeverPassedThroughTheKitIsKeptWhole() {
    StackTraceElement[] foreign = {new StackTraceElement("org.example.Check", "run", "Check.java", 1)};
    assertThat(Property.kitFrames(foreign)).containsExactly(foreign);
  }

  @Test
  void aReproducibilityFailureNamesTheFirstDifferingEntryNotTheArrays() {
    List<DynamicTestOutcomes.Outcome> failed = DynamicTestOutcomes.run(
            InitializerConformance.forInitializer("fixture", new FixtureInitializer(Flaw.OWN_GENERATOR)))
        .stream().filter(o -> o.failed() && o.path().endsWith("on fan(in=784, out=30): the same seed gives identical values"))
        .toList();
    assertThat(failed).singleElement().extracting(o -> o.failure().getMessage()).asString()
        .startsWith("fixture on fan(in=784, out=30): the same seed gives identical values: a second fill from a"
            + " generator with the same seed: entry (0, 0) is ")
        .endsWith("(23520 of 23520 entries differ)");
  }

  @Test
  void testNamesSayWhichInitializerAndFanAndWhatIsChecked() {
    List<String> leaves = DynamicTestOutcomes.run(
            InitializerConformance.forInitializer("fixture", new FixtureInitializer(Flaw.NONE)))
        .stream().map(o -> o.path().substring(o.path().lastIndexOf(" / ") + 3)).toList();
    assertThat(leaves).allMatch(name -> name.startsWith("fixture"))
        .contains("fixture on fan(in=784, out=30): sample mean matches the declared mean",
            "fixture: refuses an empty target, naming its shape");
  }

  @Test
  void anUnregisteredProviderIsReportedWithWhatWasDiscovered() {
    assertThatThrownBy(
            () -> InitializerConformance.forProvider(InitializerProvider.class, PluginCatalog.standard()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("is not discovered")
        .hasMessageContaining("META-INF/services/dev.nnlab.core.init.InitializerProvider");
  }

  @Test
  void theStandardFansCoverSquareWideTallNielsenOneByOneAndConvolutions() {
    assertThat(InitializerConformance.FANS)
        .anyMatch(f -> f.in() == f.out() && f.in() > 1)
        .anyMatch(f -> f.out() < f.in())
        .anyMatch(f -> f.out() > f.in())
        .anyMatch(f -> f.in() == 784 && f.out() == 30)
        .anyMatch(f -> f.in() == 1 && f.out() == 1)
        .anyMatch(f -> f.isConvolution() && f.inChannels() > 1)
        .anyMatch(f -> f.isConvolution() && f.inChannels() == 1 && f.outChannels() == 20);
    assertThat(List.copyOf(InitializerConformance.FANS)).hasSize(7);
  }
}
