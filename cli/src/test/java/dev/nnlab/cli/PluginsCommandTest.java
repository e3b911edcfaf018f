package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.PluginJars;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

  @TempDir Path temp;

  private Path externalPluginJar() {
    return new PluginJars(temp)
        .source("com.acme.ScaledInit",
            PluginJars.initializerSource("com.acme.ScaledInit", "acme-scaled", "\"acme\"", ""))
        .service(InitializerProvider.class, "com.acme.ScaledInit")
        .buildJar("acme-plugin");
  }

  @Test
  void listsAPluginCompiledOutsideTheProjectWithItsLocation() {
    Path jar = externalPluginJar();

    CommandResult result = CommandResult.run("--plugins", jar.toString(), "plugins");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("acme-scaled  [acme]")
        .contains("fills with a constant")
        .contains("value=0.5  the constant; a number in [-10, 10]")
        .contains("from " + jar.toAbsolutePath());
  }

  @Test
  void aDirectoryOfJarsWorksAndTheOptionMayFollowTheSubcommand() {
    externalPluginJar();

    CommandResult result = CommandResult.run("plugins", "--plugins", temp.toString(), "--names");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).contains("acme-scaled");
  }

  @Test
  void aMissingPluginPathIsOneClearLine() {
    CommandResult result = CommandResult.run("--plugins", temp.resolve("nope.jar").toString(), "plugins");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("nnlab: --plugins " + temp.resolve("nope.jar")
            + ": no such file or directory; expected a plugin jar or a directory of jars");
  }

  @Test
  void anUnknownKindListsTheKinds() {
    CommandResult result = CommandResult.run("plugins", "--kind", "widget");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: --kind widget: unknown kind; expected one of initializer, activation, layer");
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void anUnknownOptionPointsToHelp() {
    CommandResult result = CommandResult.run("plugins", "--colour");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--colour'").contains("nnlab plugins --help");
  }
}
