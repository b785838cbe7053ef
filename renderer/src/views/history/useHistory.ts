/** The history window's data: a year of break records and the check-ins, reloaded when main says they changed. */
import { useCallback, useEffect, useState } from 'react';
import { HISTORY_DAYS, type BreakRecord } from '../../../../electron/core/history/types';
import type { CheckIn } from '../../../../electron/core/history/checkin';
import { getBackend } from '../../bridge';

export interface HistoryData {
  records: BreakRecord[] | null;
  checkIns: CheckIn[] | null;
  errors: string[];
  /** Adds a check-in just saved (main also says historyChanged; the preview does not). */
  addCheckIn(checkIn: CheckIn): void;
  reloadCheckIns(): void;
}

export function useHistory(): HistoryData {
  const [records, setRecords] = useState<BreakRecord[] | null>(null);
  const [checkIns, setCheckIns] = useState<CheckIn[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const loadCheckIns = useCallback((isLive: () => boolean) => {
    void getBackend()
      .getCheckIns()
      .then((result) => {
        if (!isLive()) return;
        if (result.ok) setCheckIns(result.value);
        else setErrors((prev) => [...prev, ...result.error.messages]);
      });
  }, []);

  useEffect(() => {
    const backend = getBackend();
    let live = true;
    const isLive = () => live;
    const load = () => {
      void backend.getHistory({ days: HISTORY_DAYS }).then((result) => {
        if (!live) return;
        if (result.ok) {
          setRecords(result.value);
          setErrors([]);
        } else setErrors(result.error.messages);
      });
      loadCheckIns(isLive);
    };
    load();
    const off = backend.on('historyChanged', load);
    return () => {
      live = false;
      off();
    };
  }, [loadCheckIns]);

  const addCheckIn = useCallback((checkIn: CheckIn) => {
    setCheckIns((prev) => [...(prev ?? []).filter((c) => c.id !== checkIn.id), checkIn]);
  }, []);
  const reloadCheckIns = useCallback(() => loadCheckIns(() => true), [loadCheckIns]);

  return { records, checkIns, errors, addCheckIn, reloadCheckIns };
}
