// TypeScript types from the OpenAPI documents in openapi/ (openapi-typescript), regenerated before every type check
// and build, so a field the UI uses but the API lacks fails the build instead of production.
//
// openapi/<service>.json are the services' springdoc documents; openapi/platform.json is hand-written (problem+json
// and page metadata, which springdoc does not describe). Money is documented by platform-web as it is written, a
// decimal string ("12.50"). One correction to springdoc's view of our JSON:
// - response records list no `required` fields although every field is always present (null when empty): a schema
//   that is not a request body (…Request, …Patch, …Change) and names no required fields gets all of them required.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

mkdirSync('src/api/generated', { recursive: true });
for (const file of readdirSync('openapi').filter((f) => f.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(`openapi/${file}`, 'utf8'));
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (!/(Request|Patch|Change)$/.test(name) && schema.properties && !schema.required) {
      schema.required = Object.keys(schema.properties);
    }
  }
  const ast = await openapiTS(doc, { rootTypes: true });
  writeFileSync(`src/api/generated/${file.replace(/\.json$/, '')}.ts`, `// Generated from openapi/${file} by scripts/api-types.mjs: do not edit.\n${astToString(ast)}`);
}
console.log('api types generated from openapi/*.json');
