import { useRef } from 'react';

/**
 * One Idempotency-Key per form submission: made on the first attempt, reused when the same
 * submission is retried, and cleared once it succeeded.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  return {
    get: () => (key.current ??= crypto.randomUUID()),
    done: () => {
      key.current = null;
    },
  };
}
