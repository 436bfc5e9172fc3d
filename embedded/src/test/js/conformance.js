// Runs Confluent's official JavaScript schema registry client and Avro serdes against a registry, for
// JsConformanceIT. Usage: node conformance.js <phase> <registryUrl> <input.json> <output.json>
//   table      every row of the conformance table (docs/foundation.md) as the client sees it
//   roundtrip  decodes records the Java serdes wrote, writes them again, writes records of its own
//   restart    after the registry restarted: old ids still resolve, a new id is a new number
// Every case is {ok: value} or {status, errorCode, message}; the Java test decides what is right.
'use strict';

const fs = require('fs');
const {
  SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType, SubjectNameStrategyType,
} = require('@confluentinc/schemaregistry');

function client(url) {
  return new SchemaRegistryClient({ baseURLs: [url], maxRetries: 0 });
}

async function attempt(fn) {
  try {
    return { ok: await fn() };
  } catch (e) {
    return { status: e.status, errorCode: e.errorCode, message: e.message };
  }
}

// a record with a required string a and, optionally, a string b with or without a default
function record(name, b) {
  const fields = [{ name: 'a', type: 'string' }];
  if (b === 'default') fields.push({ name: 'b', type: 'string', default: 'x' });
  if (b === 'required') fields.push({ name: 'b', type: 'string' });
  return { schemaType: 'AVRO', schema: JSON.stringify({ type: 'record', name, namespace: 'jsconformance', fields }) };
}

async function table(url) {
  const out = {};
  const c = client(url);
  const rest = c.restService;

  // PUT/POST/DELETE /subjects: 405, which the client does not retry (it retries 408, 429 and 5xx)
  const retrying = new SchemaRegistryClient({ baseURLs: [url], maxRetries: 3, retriesWaitMs: 10, retriesMaxWaitMs: 20 });
  let sent = 0;
  retrying.restService.client.interceptors.request.use((config) => { sent += 1; return config; });
  for (const method of ['PUT', 'POST', 'DELETE']) {
    sent = 0;
    out['subjects' + method] = await attempt(() =>
      retrying.restService.handleRequest('/subjects', method, method === 'DELETE' ? undefined : {}));
    out['subjects' + method].requests = sent;
  }

  // compatibility with versions/latest of a subject without versions
  out.compatLatestUnknown = await attempt(() => c.testSubjectCompatibility('js-never-value', record('N')));
  out.compatVersionUnknown = await attempt(() => c.testCompatibility('js-never-value', 1, record('N')));

  // POST /compatibility/subjects/{s}/versions, and _TRANSITIVE against versions/latest
  const t = 'js-transitive-value';
  await c.register(t, record('T'));
  await c.updateCompatibility(t, 'BACKWARD_TRANSITIVE');
  await c.register(t, record('T', 'default'));
  const candidate = record('T', 'required');
  out.compatWholeSubject = await attempt(async () =>
    (await rest.handleRequest(`/compatibility/subjects/${t}/versions?verbose=true`, 'POST', candidate)).data);
  out.compatLatestTransitive = await attempt(() => c.testSubjectCompatibility(t, candidate));
  out.compatVersion1Transitive = await attempt(() => c.testCompatibility(t, 1, candidate));

  // ?deleted=true on version lookups
  const s = 'js-soft-value';
  const idS1 = await c.register(s, record('S'));
  await c.register(s, record('S', 'default'));
  out.softDeleteVersion = await attempt(() => c.deleteSubjectVersion(s, 1, false));
  out.versionsAfterSoftDelete = await attempt(() => client(url).getAllVersions(s));
  out.version1Live = await attempt(() => client(url).getSchemaMetadata(s, 1, false));
  out.version1Deleted = await attempt(async () => {
    const m = await client(url).getSchemaMetadata(s, 1, true);
    return { version: m.version, id: m.id, expectedId: idS1 };
  });
  out.lookupLive = await attempt(() => client(url).getVersion(s, record('S'), false, false));
  out.lookupDeleted = await attempt(() => client(url).getVersion(s, record('S'), false, true));

  // deleting what is already soft-deleted
  out.softDeleteVersionAgain = await attempt(() => client(url).deleteSubjectVersion(s, 1, false));
  out.softDeleteSubject = await attempt(() => c.deleteSubject(s, false));
  out.softDeleteSubjectAgain = await attempt(() => client(url).deleteSubject(s, false));

  // ?permanent=true on something live: refused, nothing deleted
  const l = 'js-live-value';
  await c.register(l, record('L'));
  out.permanentLiveVersion = await attempt(() => client(url).deleteSubjectVersion(l, 1, true));
  out.permanentLiveSubject = await attempt(() => client(url).deleteSubject(l, true));
  out.versionsAfterRefusedPermanent = await attempt(() => client(url).getAllVersions(l));

  // ?permanent=true after a soft delete: gone
  const h = 'js-hard-value';
  await c.register(h, record('H'));
  await c.register(h, record('H', 'default'));
  await c.deleteSubjectVersion(h, 1, false);
  out.permanentVersion = await attempt(() => client(url).deleteSubjectVersion(h, 1, true));
  out.version1AfterPermanent = await attempt(() => client(url).getSchemaMetadata(h, 1, true));
  await c.deleteSubject(h, false);
  out.permanentSubject = await attempt(() => client(url).deleteSubject(h, true));
  out.subjectsAfterPermanent = await attempt(() => client(url).getAllSubjects());

  // re-registering a soft-deleted schema: same id, a new version, the soft-deleted version goes
  const r = 'js-revive-value';
  const idA = await c.register(r, record('R'));
  await c.register(r, record('R', 'default'));
  await c.deleteSubjectVersion(r, 1, false);
  out.reRegister = await attempt(async () => ({ id: await client(url).register(r, record('R')), expectedId: idA }));
  out.versionsAfterReRegister = await attempt(() => client(url).getAllVersions(r));
  out.version1AfterReRegister = await attempt(() => client(url).getSchemaMetadata(r, 1, true));

  // the happy path and the other error codes
  const p = 'js-happy-value';
  const id = await c.register(p, record('P'));
  out.registerAgain = await attempt(async () => ({ id: await client(url).register(p, record('P')), expectedId: id }));
  out.byId = await attempt(async () => (await client(url).getBySubjectAndId(p, id)).schema === record('P').schema);
  out.latest = await attempt(async () => {
    const m = await client(url).getLatestSchemaMetadata(p);
    return { id: m.id, version: m.version, expectedId: id };
  });
  out.getId = await attempt(async () => ({ id: await client(url).getId(p, record('P')), expectedId: id }));
  out.subjects = await attempt(() => client(url).getAllSubjects());
  out.unknownSubject = await attempt(() => client(url).getLatestSchemaMetadata('js-nobody-value'));
  out.unknownVersion = await attempt(() => client(url).getSchemaMetadata(p, 9, false));
  out.unknownId = await attempt(() => client(url).getBySubjectAndId(p, 987654));
  out.incompatible = await attempt(() => client(url).register(p, record('P', 'required')));
  out.invalidSchema = await attempt(() => client(url).register(p, { schemaType: 'AVRO', schema: '{"type":"record"}' }));
  out.noSubjectConfig = await attempt(() => client(url).getCompatibility(p));
  out.setCompatibility = await attempt(() => client(url).updateCompatibility(p, 'FULL'));
  out.getCompatibility = await attempt(() => client(url).getCompatibility(p));
  out.defaultCompatibility = await attempt(() => client(url).getDefaultCompatibility());
  return out;
}

async function roundtrip(url, input) {
  const c = client(url);
  const out = { records: [] };
  const deserializer = new AvroDeserializer(c, SerdeType.VALUE, {});
  for (const r of input.records) {
    const decoded = await deserializer.deserialize(r.topic, Buffer.from(r.hex, 'hex'));
    // writing it again with the schema the Java serializer registered: the same bytes, if both sides agree
    const strategy = r.subject === r.topic + '-value' ? { subjectNameStrategyType: SubjectNameStrategyType.TOPIC }
      : { subjectNameStrategy: () => r.subject };
    const serializer = new AvroSerializer(c, SerdeType.VALUE, { useLatestVersion: true, autoRegisterSchemas: false, ...strategy });
    const hex = (await serializer.serialize(r.topic, decoded)).toString('hex');
    out.records.push({ topic: r.topic, hex, decoded: JSON.parse(JSON.stringify(decoded, (k, v) =>
      (typeof v === 'bigint' ? v.toString() : v))) });
  }
  // a reader with Confluent's RecordNameStrategy and use.latest.version, on records the Java side wrote that way
  const byRecordName = new AvroDeserializer(c, SerdeType.VALUE,
    { useLatestVersion: true, subjectNameStrategyType: SubjectNameStrategyType.RECORD });
  out.alertRead = [];
  for (const r of input.records.filter((x) => x.subject !== x.topic + '-value')) {
    out.alertRead.push(await byRecordName.deserialize(r.topic, Buffer.from(r.hex, 'hex')));
  }
  out.alertSubjectLatest = await attempt(async () => (await c.getLatestSchemaMetadata(input.alertSubject)).id);

  // records of the JS side: the schema registered by Java (latest), an inferred schema (auto-registered),
  // an inferred schema under Confluent's RecordNameStrategy, and a normalized registration
  const rawWriter = new AvroSerializer(c, SerdeType.VALUE, { useLatestVersion: true, autoRegisterSchemas: false });
  out.jsRawArticleHex = (await rawWriter.serialize(input.rawTopic, input.jsRawArticle)).toString('hex');
  const inferring = new AvroSerializer(c, SerdeType.VALUE, { autoRegisterSchemas: true });
  out.jsInferredHex = (await inferring.serialize(input.inferredTopic, { word: 'hello', n: 42 })).toString('hex');
  const byRecord = new AvroSerializer(c, SerdeType.VALUE,
    { autoRegisterSchemas: true, subjectNameStrategyType: SubjectNameStrategyType.RECORD });
  out.jsRecordNamedHex = (await byRecord.serialize(input.inferredTopic, { city: 'Nordby', pop: 5200 })).toString('hex');
  out.jsNormalized = await attempt(() => c.register(input.normalizedSubject,
    { schemaType: 'AVRO', schema: input.normalizedSchemaReordered }, true));
  out.subjects = await c.getAllSubjects();
  return out;
}

async function restart(url, input) {
  const out = { known: [] };
  for (const k of input.known) {
    const info = await attempt(async () => (await client(url).getBySubjectAndId(k.subject, k.id)).schema);
    out.known.push({ id: k.id, subject: k.subject, sameSchema: info.ok === k.schema, error: info.ok ? null : info });
  }
  const fresh = new AvroDeserializer(client(url), SerdeType.VALUE, {});
  out.decodedAgain = [];
  for (const r of input.records) out.decodedAgain.push(await attempt(async () => (await fresh.deserialize(r.topic, Buffer.from(r.hex, 'hex'))).id));
  out.newId = await client(url).register('js-after-restart-value', record('AfterRestart'));
  return out;
}

async function main() {
  const [phase, url, inputPath, outputPath] = process.argv.slice(2);
  const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
  let out;
  if (phase === 'table') out = await table(url);
  else if (phase === 'roundtrip') out = await roundtrip(url, input);
  else if (phase === 'restart') out = await restart(url, input);
  else throw new Error('unknown phase ' + phase);
  fs.writeFileSync(outputPath, JSON.stringify(out, null, 2));
}

main().catch((e) => {
  console.error('conformance.js failed:', e && e.stack ? e.stack : e);
  process.exit(1);
});
