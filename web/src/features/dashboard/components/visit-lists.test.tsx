import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOW, liveVisit } from '@/test/visits';
import { groupOpenVisits } from '../open-visits';
import { VisitLists } from './visit-lists';

function renderLists(visits: ReturnType<typeof liveVisit>[]) {
  render(
    <VisitLists
      groups={groupOpenVisits(visits, 'dr-lee', null)}
      fromCache={false}
      uid="dr-lee"
      now={NOW}
      newIds={new Set()}
      busyId={null}
      names={new Map()}
      claimBlockedBy={null}
      callBlockedBy={null}
      onAction={() => undefined}
    />,
  );
}

describe('VisitLists', () => {
  it('shows your patients, then the waiting list, then the other doctors’ patients', () => {
    renderLists([
      liveVisit({ id: 'w', ticket: 'A-003', patientName: 'Waiting Patient' }),
      liveVisit({
        id: 'o',
        ticket: 'A-002',
        patientName: 'Their Patient',
        status: 'in_review',
        claimedBy: 'dr-okafor',
      }),
      liveVisit({ id: 'm', ticket: 'A-001', patientName: 'My Patient', status: 'in_review', claimedBy: 'dr-lee' }),
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Your patients 1',
      'Waiting 1',
      'With other doctors 1',
    ]);
    const waiting = screen.getByRole('region', { name: 'Waiting 1' });
    expect(within(waiting).getByRole('article')).toHaveAccessibleName('A-003, Waiting Patient');
  });

  it('says when nobody is waiting and leaves the empty review sections out', () => {
    renderLists([]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Waiting 0']);
    expect(screen.getByText(/Nobody is waiting/)).toBeInTheDocument();
  });
});
