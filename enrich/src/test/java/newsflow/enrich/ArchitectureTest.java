package newsflow.enrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The NLP is plain Java (no Kafka outside the topology), its packages depend on each other one way
 * (no cycles), and evaluation and benchmark code stays out of this jar (newsflow-eval, test scope).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("newsflow.enrich");

  /** One slice per package under {@code newsflow.enrich.nlp}, the root package {@code nlp} included. */
  private static final SliceAssignment NLP_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String p = c.getPackageName();
      return p.equals("newsflow.enrich.nlp") || p.startsWith("newsflow.enrich.nlp.")
          ? SliceIdentifier.of(p.substring("newsflow.enrich.".length())) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "packages of newsflow.enrich.nlp";
    }
  };

  @Test
  void domainHasNoKafkaImports() {
    noClasses().that().resideInAnyPackage("newsflow.enrich.nlp..", "newsflow.enrich.mapping..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
        .check(CLASSES);
  }

  @Test
  void nlpPackagesFormNoCycle() {
    slices().assignedFrom(NLP_PACKAGES)
        .should().beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void nlpDoesNotDependOnTheTopology() {
    noClasses().that().resideInAPackage("newsflow.enrich.nlp..")
        .should().dependOnClassesThat().resideInAnyPackage("newsflow.enrich.topology..", "newsflow.enrich.mapping..")
        .check(CLASSES);
  }

  @Test
  void noEvaluationOrBenchmarkCodeInTheJar() {
    noClasses().should().resideInAnyPackage("..eval..", "..bench..")
        .orShould().haveSimpleNameEndingWith("Benchmark")
        .orShould().haveSimpleNameEndingWith("Eval")
        .because("evaluations live in newsflow-eval and benchmarks in test scope or the jmh source set")
        .check(CLASSES);
  }
}
