// Compiles messages/*.json into src/lib/paraglide for code run outside Vite (tsx scripts, server.ts).
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions as Parameters<typeof compile>[0]);
