// Writes the published SDL (schema/schema.graphql); a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printPublicSchema } from './index.ts';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, printPublicSchema());
console.log(`wrote ${target}`);
