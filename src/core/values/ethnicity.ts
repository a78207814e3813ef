import { ETHNIC_GROUPS } from "./ethnic-groups";
import { textCellReader } from "./cell-reader";
import { vocabulary } from "./vocabulary";

/**
 * An ethnic group read to its canonical name from the catalogue of 54. A numeric code is never read (the code
 * lists differ between 1979 and 2008). Unknown names get the nearest canonical name as suggestion ("Kinhh" →
 * "Kinh"); "Mán", an old exonym of the Dao, and "Gia Lai", the province often written for the Gia Rai, are only
 * suggested, not read. A sub-group named by its colour after the group ("Mông Hoa", "Mông Xanh", "Dao Đỏ",
 * "Thái Trắng") is its group: the colour words name no group of their own but "Hoa", which alone stays Hoa.
 */
export const readEthnicity = textCellReader(
  vocabulary(
    ETHNIC_GROUPS.map((group) => ({
      value: group.name,
      label: group.name,
      spellings: group.variants,
    })),
    {
      // "Dân tộc Thái", "DT Thái", "Người Thái": the prefix says what the column already says.
      prefixes: ["dantoc", "dt", "nguoi"],
      suffixes: ["do", "den", "trang", "hoa", "xanh", "lam", "vang", "hong"],
      hints: { man: "Dao", gialai: "Gia Rai" },
    }
  )
);
