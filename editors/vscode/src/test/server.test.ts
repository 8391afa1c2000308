// Unit tests for the parts of the extension that run without VS Code.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { initializationOptions, serverCommand } from '../server';

test('an empty or missing redflag.path runs redflag from PATH', () => {
  assert.deepEqual(serverCommand(''), { command: 'redflag', args: ['lsp'] });
  assert.deepEqual(serverCommand(undefined), { command: 'redflag', args: ['lsp'] });
  assert.deepEqual(serverCommand('   '), { command: 'redflag', args: ['lsp'] });
});

test('redflag.path is used as given, with ~ expanded', () => {
  assert.deepEqual(serverCommand('/opt/redflag/bin/redflag'), {
    command: '/opt/redflag/bin/redflag',
    args: ['lsp'],
  });
  assert.equal(serverCommand('~/.cargo/bin/redflag', '/home/dev').command, '/home/dev/.cargo/bin/redflag');
});

test('scanOnStartup is off unless explicitly true', () => {
  assert.deepEqual(initializationOptions(undefined), { scanOnStartup: false });
  assert.deepEqual(initializationOptions('yes'), { scanOnStartup: false });
  assert.deepEqual(initializationOptions(true), { scanOnStartup: true });
});
