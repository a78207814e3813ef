/**
 * An annex ("Phụ lục") on a sheet of its own, as Decree 30 sets one out: "Phụ lục N" and its title in bold
 * capitals, the report it is attached to in italics, a short centred rule — then one long table whose header
 * rows are printed again at the top of every page. Portrait when the table fits across, else landscape.
 */
import type { MessageKey } from "../../i18n/messages";
import type { CellStyle } from "../layout";
import { printable, WIDTH_SLACK, textWidth } from "../page";
import { SheetBuilder, fillWidths } from "../sheet-builder";
import { STYLES } from "../styles";
import { text, onSheet, type ReportContext } from "../context";
import { citation } from "./heading";

/** The narrowest the club-name column may be: about twenty characters at 12 pt. */
const MIN_NAME = 110;

export interface AnnexSpec {
  readonly key: string;
  readonly number: number;
  readonly title: MessageKey;
  /** Widths in points; null for the club names, which take what is left. */
  readonly columns: readonly (number | null)[];
}

export function startAnnex(
  ctx: ReportContext,
  spec: AnnexSpec,
  styles: Record<string, CellStyle>
): { ctx: ReportContext; row: number } {
  const fixed = spec.columns.reduce<number>((sum, w) => sum + (w ?? MIN_NAME), 0);
  const orientation = fixed <= printable("portrait").width - WIDTH_SLACK ? "portrait" : "landscape";
  const sheet = new SheetBuilder(
    {
      key: spec.key,
      name: text(ctx, "report.annex.sheetName", { annex: spec.number }),
      orientation,
      columns: fillWidths(orientation, spec.columns),
    },
    styles
  );
  const last = sheet.lastColumn;
  sheet.value(1, 1, text(ctx, "report.annex.label", { annex: spec.number }), "annexLabel", last);
  sheet.paragraph(2, 1, last, text(ctx, spec.title), "annexTitle");
  const note = text(ctx, "report.annex.note", citation(ctx));
  sheet.paragraph(3, 1, last, note, "annexNote");
  // Under the note, the heading's longest line, and measured against it.
  const size = STYLES.annexNote.font.size;
  sheet.rule(4, 1, last, Math.min(textWidth(note, size), sheet.widthOf(1, last)));
  return { ctx: onSheet(ctx, sheet), row: 6 };
}
