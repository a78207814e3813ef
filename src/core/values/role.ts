import type { BoardRole } from "../model";
import { textCellReader } from "./cell-reader";
import { vocabulary } from "./vocabulary";

/**
 * A member's role in the club board (Ban chủ nhiệm, BCN). In a role column "CN" is the chair.
 * "Thư ký", "Thủ quỹ" and "Kế toán" (secretary, treasurer, accountant) are often board seats but not always,
 * so they are not read; "Ủy viên" is suggested for the user to confirm.
 */
export const readRole = textCellReader(
  vocabulary<BoardRole>(
    [
      { value: "chair", label: "Chủ nhiệm", spellings: ["CN"] },
      { value: "vice-chair", label: "Phó chủ nhiệm", spellings: ["Phó CN", "PCN"] },
      {
        value: "board-member",
        label: "Ủy viên",
        spellings: [
          "UV",
          "Ủy viên BCN",
          "UV BCN",
          "Ủy viên Ban chủ nhiệm",
          "Thành viên BCN",
          "Thành viên Ban chủ nhiệm",
        ],
      },
      { value: "member", label: "Thành viên", spellings: ["TV", "Hội viên"] },
    ],
    {
      // "Chủ nhiệm CLB", "Thành viên câu lạc bộ": the club is implied.
      suffixes: ["clb", "caulacbo"],
      hints: { thuky: "Ủy viên", thuquy: "Ủy viên", ketoan: "Ủy viên" },
    }
  )
);
