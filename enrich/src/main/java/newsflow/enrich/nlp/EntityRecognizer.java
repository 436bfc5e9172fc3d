package newsflow.enrich.nlp;

import java.util.List;

/** A statistical or rule-based recogniser of named-entity mentions in a processed text. */
public interface EntityRecognizer {
  List<EntityMention> recognize(Document doc);
}
