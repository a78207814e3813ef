/** Reading member registers: a sheet's grid → its member table (header, columns, members and their problems). */
export { readMemberTable } from "./read-member-table";
export { clubFromTitle } from "./club-name";
