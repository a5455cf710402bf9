import type { PhotoDeps } from '../housing/use-cases.js';
import { lazy } from './adapters.js';
import { housingDeps } from './housing.js';
import { storage } from './storage.js';

/** The photo functions' wiring: the case store plus the files bucket. */
export const photoDeps = /* @__PURE__ */ lazy((): PhotoDeps => ({ ...housingDeps(), storage: storage() }));
