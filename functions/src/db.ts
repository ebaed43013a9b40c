import { getFirestore } from 'firebase-admin/firestore';

/** The admin Firestore, fetched lazily so importing a module never needs initializeApp first. */
export const db = () => getFirestore();
