import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

/** The admin SDK services, fetched lazily so importing a module never needs initializeApp first. */
export const db = () => getFirestore();
export const auth = () => getAuth();
