// The shipped schema (config.schema.json, what a clinic's editor checks
// against) passes what the widget accepts: each config of
// tests/schema-cases.json, checked with Ajv (JSON Schema 2020-12), gets
// the schema's verdict the file gives; tests/config_errors.rs checks the
// widget's verdicts on the same file. No browser: Node alone.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const validate = () => {
  // Formats ("email") are notes in 2020-12; the widget's checks are stricter.
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false, strict: false });
  return ajv.compile(read('../../config.schema.json'));
};

test('the schema passes exactly the configs the case table says it passes', () => {
  const check = validate();
  const cases = read('../schema-cases.json');
  expect(cases.length).toBeGreaterThanOrEqual(20);
  const verdicts = cases.map((c) => [c.why, check(c.config)]);
  expect(verdicts).toEqual(cases.map((c) => [c.why, c.schema]));
});

test('the shipped configs pass the schema', () => {
  const check = validate();
  for (const path of ['../../src/model/default-config.json', '../../examples/clinic-config.json']) {
    const ok = check(read(path));
    expect(ok ? [] : check.errors, path).toEqual([]);
  }
  // The README's whole config, which a clinic developer copies first.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.split('<!-- readme-config -->\n```json\n')[1].split('\n```')[0];
  expect(check(JSON.parse(block)) ? [] : check.errors, 'README').toEqual([]);
});
