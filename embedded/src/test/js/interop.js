// Runs Confluent's official JavaScript schema registry client and Avro serde against a registry,
// for JsInteropIT. Usage: node interop.js <registryUrl> <input.json> <output.json>
// input:  { rawTopic, javaRawArticleHex, inferredTopic }
// output: what the JS side saw and produced (hex strings for bytes).
'use strict';

const fs = require('fs');
const {
  SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType,
} = require('@confluentinc/schemaregistry');

const NOTE_SCHEMA = JSON.stringify({
  type: 'record', name: 'JsNote', namespace: 'newsflow.interop',
  fields: [{ name: 'text', type: 'string' }, { name: 'count', type: 'int' }],
});

async function main() {
  const [url, inputPath, outputPath] = process.argv.slice(2);
  const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
  const client = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });
  const out = {};

  // Registry API: register, fetch by id, latest version, version list, subjects, compatibility.
  out.noteId = await client.register('js-notes-value', { schemaType: 'AVRO', schema: NOTE_SCHEMA });
  out.noteIdAgain = await client.register('js-notes-value', { schemaType: 'AVRO', schema: NOTE_SCHEMA });
  const fetched = await client.getBySubjectAndId('js-notes-value', out.noteId);
  out.noteSchemaFetched = fetched.schema;
  const latestNote = await client.getLatestSchemaMetadata('js-notes-value');
  out.noteLatest = { id: latestNote.id, version: latestNote.version };
  out.noteVersions = await client.getAllVersions('js-notes-value');
  const rawLatest = await client.getLatestSchemaMetadata(input.rawTopic + '-value');
  out.rawArticleLatest = { id: rawLatest.id, version: rawLatest.version };
  out.subjects = await client.getAllSubjects();
  out.compatibleWithItself = await client.testSubjectCompatibility('js-notes-value',
    { schemaType: 'AVRO', schema: NOTE_SCHEMA });
  const breaking = JSON.stringify({
    type: 'record', name: 'JsNote', namespace: 'newsflow.interop',
    fields: [{ name: 'text', type: 'string' }, { name: 'count', type: 'int' }, { name: 'required', type: 'string' }],
  });
  out.breakingIsCompatible = await client.testCompatibility('js-notes-value', 1, { schemaType: 'AVRO', schema: breaking });
  try {
    await client.register('js-notes-value', { schemaType: 'AVRO', schema: breaking });
    out.breakingRegisterError = null;
  } catch (e) {
    out.breakingRegisterError = { status: e.status, errorCode: e.errorCode };
  }
  try {
    await client.getLatestSchemaMetadata('no-such-subject-value');
    out.unknownSubjectError = null;
  } catch (e) {
    out.unknownSubjectError = { status: e.status, errorCode: e.errorCode, message: e.message };
  }

  // Decode bytes that the Java serializer produced.
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  const decoded = await deserializer.deserialize(input.rawTopic, Buffer.from(input.javaRawArticleHex, 'hex'));
  out.decodedFromJava = decoded;

  // Encode a RawArticle with the schema Java registered (latest version of the subject).
  const rawSerializer = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true, autoRegisterSchemas: false });
  const article = {
    id: 'js-1', url: 'https://news.example/js-1', canonicalUrl: null,
    source: { feedUrl: null, publisher: 'JS Daily', domain: 'news.example' },
    title: 'Written by JavaScript', authors: ['Node Writer'], publishedAt: null, fetchedAt: 1700000000123,
    language: 'en', text: '“Quoted,” she said — in Kyiv.', headings: [], images: [],
    contentHash: 'cd'.repeat(32),
  };
  out.jsRawArticleHex = (await rawSerializer.serialize(input.rawTopic, article)).toString('hex');

  // Encode a plain object with auto-registration: the JS serde infers and registers a schema.
  const inferring = new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: true });
  out.jsInferredHex = (await inferring.serialize(input.inferredTopic, { word: 'hello', n: 42 })).toString('hex');

  fs.writeFileSync(outputPath, JSON.stringify(out, null, 2));
}

main().catch((e) => {
  console.error('interop failed:', e && e.stack ? e.stack : e);
  process.exit(1);
});
