/**
 * The registers' data: every list the registers, the matrix and the pages
 * show, fetched together and again whenever the model's revision moves.
 */
import { useEffect, useState } from 'react';
import type { Call } from '../../app/contract';
import type { Assignment } from '../../app/model';
import type { AreaView, AssetView, PersonView, PolicyView } from '../../app/views';

export interface RegisterData {
  policies: PolicyView[];
  assets: AssetView[];
  areas: AreaView[];
  people: PersonView[];
  assignments: Assignment[];
}

/** Fetches the lists; keeps the last good copy while a newer one loads. */
export function useRegisterData(call: Call, revision: number | null, onError: (e: unknown) => void) {
  const [data, setData] = useState<RegisterData | null>(null);
  useEffect(() => {
    if (revision === null) return;
    let current = true;
    Promise.all([
      call('policies.list', {}),
      call('assets.list', {}),
      call('areas.list', {}),
      call('people.list', {}),
      call('assignments.list', {}),
    ]).then(
      ([policies, assets, areas, people, assignments]) => {
        if (current) setData({ policies, assets, areas, people, assignments });
      },
      (e: unknown) => {
        if (current) onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [call, revision, onError]);
  return data;
}
