import './global-options';
import { initializeApp } from 'firebase-admin/app';

initializeApp();

export { onVisitCreated } from './visits/on-visit-created';
