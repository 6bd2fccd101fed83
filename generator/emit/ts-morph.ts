import type * as TsMorph from "ts-morph";
import { requireCommonJs } from "./require.js";

/** ts-morph, loaded with `require` (see `requireCommonJs`). */
export const tsMorph = requireCommonJs("ts-morph") as typeof TsMorph;
