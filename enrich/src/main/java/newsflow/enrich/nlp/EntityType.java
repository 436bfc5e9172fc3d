package newsflow.enrich.nlp;

/** Kinds of named entity newsflow reports. */
public enum EntityType {
  PERSON, ORGANIZATION, PLACE, OTHER
}
