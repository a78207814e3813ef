import type { Poverty } from "../model";
import { textCellReader, withPhrases } from "./cell-reader";
import { povertyInText } from "./phrases";
import { vocabulary } from "./vocabulary";

/**
 * A household's poverty status as written in a value column ("x" marks under separate columns are read with
 * `isMark`). HN and HCN are the standard abbreviations of the social-policy lists and are read. Two are not,
 * on purpose: "CN" also means "Chủ nhiệm" (club chair) in the same registers, and "KK" is not a standard
 * abbreviation; both stay unreadable with the full word as suggestion, for the user to confirm.
 * A dash is how registers write "nothing to report": not poor. "Trung bình" and "Khá" are the official
 * classes above near-poor, so they are "none" as well. A cell that says more ("NCT hộ nghèo", "Người khuyết tật,
 * hộ nghèo", "Hộ TB") is read by the poverty words it holds (phrases.ts).
 */
export const readPoverty = textCellReader(
  withPhrases(
    vocabulary<Poverty>(
      [
        { value: "poor", label: "Hộ nghèo", spellings: ["Nghèo", "HN"] },
        { value: "near-poor", label: "Cận nghèo", spellings: ["Hộ cận nghèo", "HCN"] },
        {
          value: "hardship",
          label: "Hoàn cảnh khó khăn",
          spellings: [
            "Khó khăn",
            "Hộ khó khăn",
            "Hộ hoàn cảnh khó khăn",
            "HCKK",
            "Hoàn cảnh đặc biệt khó khăn",
            "Đặc biệt khó khăn",
            "HCĐBKK",
          ],
        },
        {
          value: "none",
          label: "Không",
          // "TB" is "Trung bình" in a household-status column.
          spellings: [
            "Bình thường",
            "Không nghèo",
            "Trung bình",
            "Hộ trung bình",
            "TB",
            "Khá",
            "Hộ khá",
            // A legend's last class: "0 - Hộ khác" (any other household).
            "Hộ khác",
            "Khác",
            "Hộ không nghèo",
          ],
        },
      ],
      {
        exact: { "-": "none", "–": "none", "—": "none" },
        hints: { cn: "Cận nghèo", kk: "Hoàn cảnh khó khăn" },
      }
    ),
    (text) => povertyInText(text) ?? nearPoorOfYear(text)
  )
);

/**
 * "CN 2024", "CN-2022": near-poor in the year of the review that classed the household (as "HN 2023" is poor).
 * "CN" alone stays unread — it is also the chair — but a review year after it says which it is.
 */
function nearPoorOfYear(text: string): Poverty | null {
  return /^\s*CN\s*[-–:/]?\s*(?:năm\s*)?(?:19|20)\d{2}\s*$/iu.test(text) ? "near-poor" : null;
}
