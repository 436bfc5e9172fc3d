package newsflow.ingest.feed;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The one XML parser configuration for untrusted documents: the JDK's own parser with secure
 * processing, no external DTDs, no external general or parameter entities (XXE), no XInclude,
 * and small limits on entity expansion and element depth (billion laughs). Internal DOCTYPEs
 * are tolerated because real RSS 0.91 feeds carry one; their entities are bounded.
 */
public final class SafeXml {
  /** Entity references expanded per document before parsing fails. */
  public static final int ENTITY_EXPANSION_LIMIT = 2_000;
  /** Characters all entity expansions may add up to. */
  public static final int TOTAL_ENTITY_SIZE_LIMIT = 1_000_000;
  private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";

  private SafeXml() {}

  private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::create);

  /** A fresh namespace-aware builder (builders are not thread-safe). */
  public static DocumentBuilder newDocumentBuilder() {
    return create();
  }

  /** This thread's builder, reset and ready for one parse (saves building a factory per document). */
  public static DocumentBuilder threadBuilder() {
    DocumentBuilder b = BUILDERS.get();
    b.reset();
    configure(b);
    return b;
  }

  private static DocumentBuilder create() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setXIncludeAware(false);
      f.setValidating(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setAttribute(JDK + "entityExpansionLimit", Integer.toString(ENTITY_EXPANSION_LIMIT));
      f.setAttribute(JDK + "totalEntitySizeLimit", Integer.toString(TOTAL_ENTITY_SIZE_LIMIT));
      f.setAttribute(JDK + "maxGeneralEntitySizeLimit", Integer.toString(TOTAL_ENTITY_SIZE_LIMIT));
      f.setAttribute(JDK + "maxParameterEntitySizeLimit", Integer.toString(TOTAL_ENTITY_SIZE_LIMIT));
      f.setAttribute(JDK + "maxElementDepth", "256");
      DocumentBuilder b = f.newDocumentBuilder();
      configure(b);
      return b;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IllegalStateException("the JDK XML parser does not support the hardening settings", e);
    }
  }

  private static void configure(DocumentBuilder b) {
    // belt and braces: should any external reference slip through, it resolves to nothing
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    b.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {}

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
  }
}
