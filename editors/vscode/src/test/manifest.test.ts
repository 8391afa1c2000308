// The manifest promises what the issue asks for: the binary-path setting, a start-up scan that
// is off by default, a trace setting, and the workspace-scan command the server implements.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;

test('settings: redflag.path, redflag.scanOnStartup (off), redflag.trace.server', () => {
  assert.equal(properties['redflag.path'].type, 'string');
  assert.equal(properties['redflag.scanOnStartup'].default, false);
  assert.deepEqual(properties['redflag.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('the workspace scan is a palette command', () => {
  const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.ok(commands.includes('redflag.scanWorkspace'));
});

test('the extension is built to out/extension.js', () => {
  assert.equal(manifest.main, './out/extension.js');
});
