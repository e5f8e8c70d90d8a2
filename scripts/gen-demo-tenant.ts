// Writes the Contoso demo tenant's export files to demo/contoso/ (see scripts/demo-tenant-files.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_TENANT_DIR, demoTenantFiles } from './demo-tenant-files';

rmSync(DEMO_TENANT_DIR, { recursive: true, force: true });
for (const [name, data] of Object.entries(demoTenantFiles())) {
  const file = path.join(DEMO_TENANT_DIR, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}
