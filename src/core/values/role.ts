import type { BoardRole } from "../model";
import { textCellReader, withPhrases } from "./cell-reader";
import { roleInText, statusInText } from "./phrases";
import { vocabulary } from "./vocabulary";

/**
 * A member's role in the club board (Ban chủ nhiệm, BCN). In a role column "CN" is the chair, "P. Chủ nhiệm",
 * "P.CN" and "Phó CN" the vice-chair. A role cell that says more ("UV - Thủ quỹ", "Phó chủ nhiệm kiêm thủ quỹ",
 * "Thư ký") is read by the roles it names (phrases.ts): the secretary, treasurer and accountant sit on the board
 * of a club (HelpAge: a board of five), and the highest role named counts. A departure written where the role
 * goes ("Đã mất", "Chuyển đi") holds no board seat: a plain member, who has left (the reader notes that).
 */
export const readRole = textCellReader(
  withPhrases(
    vocabulary<BoardRole>(
      [
        // "Trưởng CLB" (head of the club) is its chair; English as the lists of partner projects write it.
        {
          value: "chair",
          label: "Chủ nhiệm",
          spellings: ["CN", "Trưởng CLB", "Chair", "Chairperson", "Chairman"],
        },
        {
          value: "vice-chair",
          label: "Phó chủ nhiệm",
          spellings: [
            "Phó CN",
            "PCN",
            "P. Chủ nhiệm",
            "P.CN",
            "Phó CLB",
            "Phó trưởng CLB",
            "Vice-chair",
            "Vice chair",
            "Vice-chairperson",
            "Vice chairperson",
          ],
        },
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
            "Board member",
            "Treasurer",
            "Secretary",
            "Accountant",
          ],
        },
        { value: "member", label: "Thành viên", spellings: ["TV", "Hội viên", "Member"] },
      ],
      {
        // "Chủ nhiệm CLB", "Thành viên câu lạc bộ": the club is implied.
        suffixes: ["clb", "caulacbo"],
      }
    ),
    (text) => roleInText(text) ?? (statusInText(text) === "former" ? "member" : null)
  )
);
