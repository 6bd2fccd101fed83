import { GENAUTH_PROFILE } from "./genauth/index.js";
import type { Profile } from "./profile.js";

export type { Profile } from "./profile.js";
export { GENAUTH_PROFILE } from "./genauth/index.js";

/** The profile used unless one is given. */
export const DEFAULT_PROFILE: Profile = GENAUTH_PROFILE;
