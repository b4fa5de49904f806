import type { UserState, UserStateStore } from '../core/ports.js';

/**
 * Per-user state in memory, bounded: the least recently used users are forgotten first. Used for the CLI, the
 * eval and until a database store is configured.
 */
export function createMemoryStateStore(maxUsers = 100_000): UserStateStore {
  const states = new Map<string, UserState>();
  return {
    async get(userKey) {
      const state = states.get(userKey);
      if (state) {
        states.delete(userKey);
        states.set(userKey, state);
      }
      return state ? { ...state } : undefined;
    },
    async set(userKey, state) {
      states.delete(userKey);
      states.set(userKey, { ...state });
      if (states.size > maxUsers) states.delete(states.keys().next().value as string);
    },
    async delete(userKey) {
      states.delete(userKey);
    },
  };
}
