// zod compiles its parsers with `new Function` where it may; the app's CSP
// forbids that on the page, and zod's probe for it would be reported as a
// policy violation. (The exchange and search workers have no such policy.)
import { z } from 'zod';

z.config({ jitless: true });
