import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core's InstanceSettings writes <N8N_USER_FOLDER>/.n8n/config: keep it out of the home folder.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'komet-n8n-test-'));
process.env.N8N_ENCRYPTION_KEY ??= 'komet-test-encryption-key';
// n8n's error reporter logs every node error; the tests assert on errors instead.
process.env.N8N_LOG_LEVEL ??= 'silent';
