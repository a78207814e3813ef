/**
 * Whether the workbook counts dates from 1904 (old Mac Excel's default). Excel's own DATE function tells, read-only:
 * DATE(1904; 1; 1) is serial 1462 in the 1900 system and 0 in the 1904 one. Workbook functions: ExcelApi 1.2.
 * Queued now, known after the caller's next sync.
 */
export function probeDate1904(context: Excel.RequestContext): () => boolean {
  const newYear1904 = context.workbook.functions.date(1904, 1, 1);
  newYear1904.load("value");
  return () => newYear1904.value === 0;
}
