/** Consolidation: the members of several registers gathered into one canonical member table. */
export { consolidateMembers, dayDateCell, type ConsolidationSource } from "./consolidate";
