package newsflow.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The evaluations run the extractor and the NLP as plain Java: no Kafka, no Streams topology. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("newsflow.eval");

  @Test
  void evaluationHasNoKafkaImports() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "newsflow.enrich.topology..")
        .check(CLASSES);
  }
}
