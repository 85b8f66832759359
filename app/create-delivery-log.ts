/** How many deliveries each entry point remembers (about 1 MB of memory at most). */
export const DELIVERY_LOG_SIZE = 10_000;

export interface DeliveryLog {
  /**
   * Records a delivery that passed signature verification: `false` when its id or its
   * signature was seen already (a repeated or replayed delivery, not to be handled again).
   */
  claim: (id: string, signature: string) => boolean;
  /** Forgets a delivery whose handling failed, so that GitHub's redelivery is handled. */
  release: (id: string, signature: string) => void;
}

/**
 * The deliveries an entry point has handled, oldest forgotten first past `size`. Both the
 * delivery id and the body's signature are remembered: the `X-GitHub-Delivery` header is not
 * covered by the signature, so a replayed body under a fresh id is caught by its signature.
 * Claim only after the signature is verified: unauthenticated requests must not fill it.
 */
export function createDeliveryLog(size: number = DELIVERY_LOG_SIZE): DeliveryLog {
  // A Map iterates in insertion order: the first key is the oldest.
  const seen = new Map<string, true>();
  const keysOf = (id: string, signature: string) => [`id:${id}`, `sig:${signature}`];
  return {
    claim: (id, signature) => {
      const keys = keysOf(id, signature);
      if (keys.some((key) => seen.has(key))) return false;
      for (const key of keys) seen.set(key, true);
      while (seen.size > 2 * size) {
        const oldest = seen.keys().next();
        if (oldest.done === true) break;
        seen.delete(oldest.value);
      }
      return true;
    },
    release: (id, signature) => {
      for (const key of keysOf(id, signature)) seen.delete(key);
    },
  };
}
