// Writes the reference pages of finding and error codes from the code that defines them.
import { writeFileSync } from 'node:fs';
import { docPages } from './doc-pages';

for (const [file, text] of Object.entries(docPages())) writeFileSync(file, text);
