import { collection, deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, ADMIN_B, CLINIC_A, CLINIC_B, NOBODY, STAFF_A, type Actor } from '../actors';
import type { NamedCase } from '../cases';
import { clinicDoc, ROOMS_A } from '../fixtures';
import type { MatrixRow, MatrixTable } from '../matrix';

/**
 * clinics/{clinicId}: its staff read it; admin tooling makes it; its admin sets the default
 * language, the day end and the room list, nothing else. Every room list written to clinic A keeps
 * the seeded rooms: the visit cases call patients to them.
 */
export const clinicsMatrix: MatrixTable = {
  collection: 'clinics',
  rows: [
    {
      op: 'get',
      what: 'read clinic A',
      allowed: STAFF_A,
      attempt: ({ db }) => getDoc(doc(db, paths.clinic(CLINIC_A))),
    },
    { op: 'list', what: 'list the clinics', allowed: NOBODY, attempt: ({ db }) => getDocs(collection(db, 'clinics')) },
    {
      op: 'create',
      what: 'create a clinic',
      allowed: NOBODY,
      attempt: ({ db, docId }) => setDoc(doc(db, paths.clinic(docId)), clinicDoc('New clinic')),
    },
    {
      op: 'update',
      what: 'rename clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { name: 'Renamed clinic' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s default language to Spanish',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'es' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s language to one ClinicFlow does not speak',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'fr' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s language and rename it in one write',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'es', name: 'Renamed clinic' }),
    },
    {
      op: 'update',
      what: 'set when clinic A’s day ends to 05:30',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: '05:30' }),
    },
    ...['12:00', '4:00', '04:60', '24:00', '', 'late'].map((dayEndsAt): MatrixRow => ({
      op: 'update',
      what: `set clinic A’s day end to ${JSON.stringify(dayEndsAt)}, which is not HH:MM from 00:00 to 11:59`,
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt }),
    })),
    {
      op: 'update',
      what: 'set clinic A’s day end to a number',
      allowed: NOBODY,
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: 400 }),
    },
    {
      op: 'update',
      what: 'set clinic A’s day end and language together',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: '03:00', language: 'es' }),
    },
    {
      op: 'update',
      what: 'set clinic A’s day end and its time zone in one write',
      allowed: NOBODY,
      attempt: ({ db }) =>
        updateDoc(doc(db, paths.clinic(CLINIC_A)), { dayEndsAt: '03:00', timezone: 'America/New_York' }),
    },
    {
      op: 'update',
      what: 'add a room to clinic A',
      allowed: [ADMIN_A],
      attempt: ({ db }) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { rooms: [...ROOMS_A, 'Room 3'] }),
    },
    {
      op: 'delete',
      what: 'delete clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => deleteDoc(doc(db, paths.clinic(CLINIC_A))),
    },
  ],
};

/** `actor` sets the rooms of their clinic (the admin of clinic A unless said). */
function roomsCase(what: string, allowed: boolean, rooms: unknown, actor: Actor = ADMIN_A): NamedCase {
  const clinicId = actor === ADMIN_B ? CLINIC_B : CLINIC_A;
  return {
    name: `${actor.label} ${allowed ? 'can' : 'cannot'} ${what}`,
    actor,
    allowed,
    attempt: (db) => updateDoc(doc(db, paths.clinic(clinicId)), { rooms }),
  };
}

/** The room list one fault at a time (its two bounds are in limits.ts). */
export const roomCases: readonly NamedCase[] = [
  roomsCase('empty their clinic’s room list', true, [], ADMIN_B),
  roomsCase('list rooms with spaces and accents', true, [...ROOMS_A, 'Consulta Pediatría']),
  roomsCase('list the same room twice', false, [...ROOMS_A, 'Room 1']),
  roomsCase('list a room with no name', false, [...ROOMS_A, '']),
  roomsCase('list a room whose name holds a bar', false, [...ROOMS_A, 'Room 3|4']),
  roomsCase('list a room that is a number', false, [...ROOMS_A, 3]),
  roomsCase('set the rooms to a single name instead of a list', false, 'Room 1'),
  {
    name: 'the admin of clinic A can set the language and the rooms in one write',
    actor: ADMIN_A,
    allowed: true,
    attempt: (db) => updateDoc(doc(db, paths.clinic(CLINIC_A)), { language: 'en', rooms: ROOMS_A }),
  },
];
