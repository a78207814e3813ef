/** The corpus: the twelve layouts the reader is written against, and the six held out to estimate it on unseen ones. */
import type { Layout } from "./layout";
import { namDinhVoterMarks } from "./layouts/nam-dinh-voter-marks";

export const MAIN_LAYOUTS: readonly Layout[] = [namDinhVoterMarks];

export const HELDOUT_LAYOUTS: readonly Layout[] = [];
