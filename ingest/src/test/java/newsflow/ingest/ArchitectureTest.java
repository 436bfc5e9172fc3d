package newsflow.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain code of the ingest module (extraction, feeds, fetching, sources, dedup) has no Kafka
 * imports; only {@code newsflow.ingest.publish} and {@code IngestApp} talk to Kafka.
 */
@AnalyzeClasses(packages = "newsflow.ingest", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainCodeHasNoKafkaImports = noClasses()
      .that().resideInAnyPackage("newsflow.ingest.extract..", "newsflow.ingest.feed..", "newsflow.ingest.fetch..",
          "newsflow.ingest.source..", "newsflow.ingest.dedup..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
      .because("domain code must be testable as plain Java; Kafka lives in ingest.publish and IngestApp");

  @ArchTest
  static final ArchRule onlyPublishAndTheAppUseTheKafkaSink = noClasses()
      .that().resideOutsideOfPackage("newsflow.ingest.publish..")
      .and().doNotHaveFullyQualifiedName(IngestApp.class.getName())
      .should().dependOnClassesThat().resideInAnyPackage("newsflow.ingest.publish..");

  @ArchTest
  static final ArchRule noEvaluationOrBenchmarkCodeInTheJar = noClasses()
      .should().resideInAnyPackage("..eval..", "..bench..")
      .orShould().haveSimpleNameEndingWith("Benchmark")
      .because("the extraction evaluation lives in newsflow-eval and benchmarks in test scope or src/jmh");
}
