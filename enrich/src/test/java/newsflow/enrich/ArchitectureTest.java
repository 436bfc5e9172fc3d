package newsflow.enrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The NLP and its evaluations are plain Java: no Kafka imports outside the topology. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("newsflow.enrich");

  @Test
  void nlpHasNoKafkaImports() {
    noClasses().that().resideInAPackage("newsflow.enrich.nlp..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
        .check(CLASSES);
  }

  @Test
  void evaluationHasNoKafkaImports() {
    noClasses().that().resideInAPackage("newsflow.enrich.eval..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
        .check(CLASSES);
  }
}
