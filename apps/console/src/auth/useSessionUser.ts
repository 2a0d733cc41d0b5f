import { useSyncExternalStore } from 'react';
import type { SessionUser } from '../types';
import { getUser, subscribe } from './session';

/** The signed-in user from local storage, re-rendering on sign-in, refresh and sign-out. */
export const useSessionUser = (): SessionUser | null => useSyncExternalStore(subscribe, getUser);
