/** Deploy-time settings, read once. */
export const REGION = process.env.FUNCTIONS_REGION ?? 'europe-west1';
