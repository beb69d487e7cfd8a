import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms`: a slider drag asks the server once, not 60 times. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
