import { writeFileSync } from 'node:fs';
import { WEB_SCHEMA_FILE, webClientTypes } from './web-client.js';

/** `npm run web:client`: regenerates the console's API types after docs/openapi.json changes. */
writeFileSync(WEB_SCHEMA_FILE, await webClientTypes());
console.log(`wrote ${WEB_SCHEMA_FILE}`);
