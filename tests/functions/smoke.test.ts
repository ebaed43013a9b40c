import { afterAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { addDoc, collection, doc, getDoc, serverTimestamp } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { adminApp } from '../../scripts/lib/seed';
import { eventually, signInAs, type Client } from '../helpers/clients';

const clients: Client[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

describe('emulator smoke', () => {
  it('a seeded receptionist signs in against the Auth emulator and gets their claims', async () => {
    const client = await signInAs('reception@sunrise.demo');
    clients.push(client);
    const token = await client.auth.currentUser?.getIdTokenResult();
    expect(token?.claims.role).toBe('receptionist');
    expect(token?.claims.clinicId).toBe('sunrise');
  });

  it('the onVisitCreated trigger fires and gives a new visit its ticket', async () => {
    const client = await signInAs('reception@sunrise.demo');
    clients.push(client);
    const ref = await addDoc(collection(client.db, paths.visits('sunrise')), {
      patientId: 'demo-patient-1',
      patientName: 'Maria Garcia Lopez',
      reason: 'Fever since yesterday',
      priority: 'normal',
      status: 'waiting',
      createdAt: serverTimestamp(),
      createdBy: client.uid,
    });
    const ticket = await eventually('the ticket on the visit', async () => {
      const snap = await getDoc(doc(client.db, ref.path));
      return snap.get('ticket') as string | undefined;
    });
    expect(ticket).toMatch(/^A-\d{3}$/);
    const notification = await getFirestore(adminApp())
      .doc(`${paths.notifications('sunrise')}/${ref.id}`)
      .get();
    expect(notification.get('ticket')).toBe(ticket);
  });
});
