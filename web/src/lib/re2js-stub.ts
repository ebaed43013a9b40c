/**
 * Stands in for the `re2js` package (see vite.config.ts). Firestore 12 imports RE2 for one
 * feature, regex functions evaluated locally in realtime pipelines, which ClinicFlow never uses;
 * bundling it would cost the doctor's tablet ~46 kB gzip on every load. If a pipeline regex is
 * ever evaluated, Firestore catches this error and logs it: a loud failure, not a silent one.
 */
export const RE2JS = {
  compile(pattern: string): never {
    throw new Error(`RE2 is not bundled in ClinicFlow (pipeline regex "${pattern}"); see web/vite.config.ts.`);
  },
};
