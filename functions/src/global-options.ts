import { setGlobalOptions } from 'firebase-functions/v2';
import { REGION } from './config';

// Imported before any function module: v2 functions read the global options when defined.
setGlobalOptions({ region: REGION, maxInstances: 10 });
