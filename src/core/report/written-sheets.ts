/**
 * The sheets the add-in and the command line write (the report, its annexes, its data and vocabulary sheets, a
 * consolidated member list, a new register's lists), in either language and with the " (2)" a second copy gets:
 * never offered as a register. A new register itself is one, and is offered.
 */
import { messages } from "../i18n/messages";

const WRITTEN = [
  messages["report.sheetName"],
  messages["report.data.sheetName"],
  messages["report.data.vocabularyName"],
  messages["cli.report.members-sheet"],
  messages["template.catalogueName"],
].flatMap((m) => [m.vi, m.en].map(same));

const ANNEX = [messages["report.annex.sheetName"].vi, messages["report.annex.sheetName"].en].map(
  (m) => same(m.replace("{annex}", ""))
);

/** Excel compares sheet names ignoring case; a name may arrive in either Unicode form. */
function same(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

export function isWrittenSheet(name: string): boolean {
  const base = same(name.replace(/\s*\(\d+\)$/, "").trim());
  return (
    WRITTEN.some((w) => w === base) ||
    ANNEX.some((a) => base.startsWith(a) && /^[IVXLC\d]+$/i.test(base.slice(a.length).trim()))
  );
}
