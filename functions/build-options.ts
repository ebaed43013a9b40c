import type { BuildOptions } from 'esbuild';
import { join } from 'node:path';

/**
 * The functions are bundled into lib/index.js (ESM) with @clinicflow/shared inlined, so the folder
 * deploys on its own: Cloud Build installs only package.json's dependencies, all external here.
 */
export function functionsBuildOptions(functionsDir: string): BuildOptions {
  const sharedSrc = join(functionsDir, '..', 'shared', 'src');
  return {
    entryPoints: [join(functionsDir, 'src', 'index.ts')],
    outfile: join(functionsDir, 'lib', 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        name: 'inline-shared',
        setup(build) {
          build.onResolve({ filter: /^@clinicflow\/shared\// }, (args) => ({
            path: join(sharedSrc, `${args.path.slice('@clinicflow/shared/'.length)}.ts`),
          }));
        },
      },
    ],
  };
}
