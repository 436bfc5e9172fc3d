package newsflow.sink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** SQL mapping and alert delivery are plain Java: only the app wiring in {@code newsflow.sink} touches Kafka. */
@AnalyzeClasses(packages = "newsflow.sink", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule warehouseAndAlertsHaveNoKafkaImports = noClasses()
      .that().resideInAnyPackage("newsflow.sink.warehouse..", "newsflow.sink.alert..", "newsflow.sink.query..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
      .because("domain code (SQL mapping, notifiers) must be testable without a broker");

  @ArchTest
  static final ArchRule domainDoesNotDependOnWiring = noClasses()
      .that().resideInAnyPackage("newsflow.sink.warehouse..", "newsflow.sink.alert..", "newsflow.sink.query..")
      .should().dependOnClassesThat().haveSimpleName("SinkApp")
      .orShould().dependOnClassesThat().haveSimpleName("SinkConsumerLoop");

  @ArchTest
  static final ArchRule noBenchmarkCodeInTheJar = noClasses()
      .should().resideInAnyPackage("..bench..", "..eval..")
      .orShould().haveSimpleNameEndingWith("Benchmark")
      .because("benchmarks live in test scope and evaluations in newsflow-eval, out of the production jar");
}
