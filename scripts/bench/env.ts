// Imported first: n8n-core reads these when it loads.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'komet-bench-'));
process.env.N8N_ENCRYPTION_KEY ??= 'komet-bench-encryption-key';
process.env.N8N_LOG_LEVEL ??= 'silent';
