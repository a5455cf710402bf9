import { lazy } from '../app/adapters.js';
import { storage } from '../app/storage.js';
import { housingDeps } from './deps.js';
import type { PhotoDeps } from './use-cases.js';

/** The photo functions' wiring: the case store plus the files bucket. */
export const photoDeps = lazy((): PhotoDeps => ({ ...housingDeps(), storage: storage() }));
