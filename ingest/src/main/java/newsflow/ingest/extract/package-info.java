/**
 * Article extraction: HTML pages (Jsoup), plain text and Markdown files to clean paragraphs and
 * metadata, and the mapping to the {@code RawArticle} Avro record. No Kafka imports.
 */
package newsflow.ingest.extract;
