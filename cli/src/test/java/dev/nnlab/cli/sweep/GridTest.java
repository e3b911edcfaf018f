package dev.nnlab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GridTest {

  private static final String GRID = """
      {
        "fixed": {"--epochs": 2, "train-size": 1000, "--validation": false},
        "grid": {"--init": ["rand", "randn", "xavier-normal"], "activation": ["sigmoid", "tanh"]},
        "exclude": [{"--init": "rand", "--activation": "tanh"}, {"--init": "xavier-normal"}],
        "seeds": {"from": 5, "count": 3}
      }
      """;

  @Test
  void expandsTheCartesianProductFirstAxisSlowestAndDropsExcludedCombinations() {
    Grid grid = GridFile.parse(GRID);

    List<GridPoint> points = grid.points();

    assertThat(points).extracting(GridPoint::label)
        .containsExactly("init=rand, activation=sigmoid", "init=randn, activation=sigmoid", "init=randn, activation=tanh");
    assertThat(points).extracting(GridPoint::index).containsExactly(0, 1, 2);
    assertThat(grid.seeds()).containsExactly(5L, 6L, 7L);
    assertThat(grid.cells()).hasSize(9);
    assertThat(grid.cells().subList(0, 3)).extracting(Cell::seed).containsExactly(5L, 6L, 7L);
  }

  @Test
  void aCellsArgumentsAreTrainsOptionsWithFlagsAsFlagsAndTheSeedLast() {
    Cell cell = GridFile.parse(GRID).cells().get(0);

    assertThat(cell.arguments()).containsExactly("--epochs", "2", "--train-size", "1000", "--no-validation",
        "--init", "rand", "--activation", "sigmoid", "--seed", "5");
    assertThat(cell.point().values()).isEqualTo(Map.of("init", "rand", "activation", "sigmoid"));
  }

  @Test
  void aFlagWithoutANoFormIsGivenWhenTrueAndLeftOutWhenFalse() {
    Grid grid = GridFile.parse("""
        {"fixed": {"--dataset": "csv:iris.csv"}, "grid": {"--standardize": [true, false]}}
        """);

    assertThat(grid.cells().get(0).arguments()).containsExactly("--dataset", "csv:iris.csv", "--standardize",
        "--seed", "1");
    assertThat(grid.cells().get(1).arguments()).containsExactly("--dataset", "csv:iris.csv", "--seed", "1");
  }

  @Test
  void cellIdsDependOnWhatTheRunDoesNotOnItsPlaceInTheGrid() {
    Grid grid = GridFile.parse(GRID);
    Grid reordered = GridFile.parse("""
        {"fixed": {"--validation": false, "--train-size": 1000, "--epochs": 2},
         "grid": {"--activation": ["tanh", "sigmoid"], "--init": ["randn", "rand"]}, "seeds": [7, 6, 5]}
        """);

    assertThat(grid.cells().stream().map(Cell::id).collect(Collectors.toSet()))
        .hasSize(9)
        .isSubsetOf(reordered.cells().stream().map(Cell::id).collect(Collectors.toSet()));
    assertThat(grid.cells().get(0).id()).matches("[0-9a-f]{16}");
  }

  @Test
  void aLayersValueWithCommasStaysOneValue() {
    Grid grid = GridFile.parse("""
        {"grid": {"--layers": ["dense(units=30),dense(units=10)", "conv(filters=4, kernel=5),flatten,dense(units=10)"]}}
        """);

    assertThat(grid.cells()).hasSize(2);
    assertThat(grid.cells().get(1).arguments())
        .containsExactly("--layers", "conv(filters=4, kernel=5),flatten,dense(units=10)", "--seed", "1");
  }

  @Test
  void mistakesAreOneLineNamingWhatWasExpected() {
    assertThatThrownBy(() -> GridFile.parse("{\"grid\": {\"--init\": \"rand\"}}"))
        .hasMessage("grid --init: expected a list of values, such as [\"rand\", \"randn\"]");
    assertThatThrownBy(() -> GridFile.parse("{\"grid\": {\"--init\": [\"rand\"]}, \"exclude\": [{\"--cost\": \"quadratic\"}]}"))
        .hasMessage("exclude rule 1: --cost is not a grid axis; expected one of [--init]");
    assertThatThrownBy(() -> GridFile.parse("{\"grid\": {\"--init\": [\"rand\"]}, \"exclude\": [{\"--init\": \"randn\"}]}"))
        .hasMessage("exclude rule 1: --init randn is not one of the axis's values [rand]");
    assertThatThrownBy(() -> GridFile.parse("{\"fixed\": {\"--seed\": 3}}"))
        .hasMessage("--seed cannot be set in a grid; list the seeds in \"seeds\"");
    assertThatThrownBy(() -> GridFile.parse("{\"fixed\": {\"--eta\": 1}, \"grid\": {\"--eta\": [1, 2]}}"))
        .hasMessage("--eta is both fixed and a grid axis; give it in one place");
    assertThatThrownBy(() -> GridFile.parse("{\"grids\": {}}"))
        .hasMessageStartingWith("unknown section \"grids\"; expected fixed, grid, exclude, seeds");
    assertThatThrownBy(() -> GridFile.parse("{\"seeds\": [1, 1]}")).hasMessage("seeds: a seed is listed twice");
    assertThatThrownBy(() -> GridFile.parse("{\"grid\": ")).hasMessageStartingWith("not valid JSON");
  }
}
