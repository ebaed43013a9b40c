import { build } from 'esbuild';
import { functionsBuildOptions } from './build-options';

await build(functionsBuildOptions(import.meta.dirname));
