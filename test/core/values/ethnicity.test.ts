import { readMemberTable } from "../../../src/core/register";
import { foldKey } from "../../../src/core/text/fold";
import { agrees, lettersOf } from "../../../src/core/values/diacritics";
import {
  ETHNIC_GROUPS,
  groupsNamed,
  isEthnicMinority,
  readEthnicity,
} from "../../../src/core/values";

/** The 54 groups, written out from the General Statistics Office list (Decision 1019/QĐ-TCTK), in its order. */
const OFFICIAL_54 = [
  "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai",
  "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông",
  "Thổ", "Xtiêng", "Khơ Mú", "Bru-Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co",
  "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha",
  "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La",
  "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
]; // prettier-ignore

describe("the catalogue of ethnic groups", () => {
  test("holds the 54 officially recognised groups, by name, in the GSO order", () => {
    expect(OFFICIAL_54).toHaveLength(54);
    expect(ETHNIC_GROUPS.map((group) => group.name)).toEqual(OFFICIAL_54);
  });

  test("exactly one group, Kinh, is not an ethnic minority", () => {
    expect(OFFICIAL_54.filter((name) => !isEthnicMinority(name))).toEqual(["Kinh"]);
  });

  test("an unknown name is not counted as a minority", () => {
    expect(isEthnicMinority("Kinhh")).toBe(false);
    expect(isEthnicMinority("Mèo")).toBe(false); // a spelling, not a canonical name
    expect(isEthnicMinority("")).toBe(false);
  });

  test("every canonical name and variant reads as its own group, so no spelling means two groups", () => {
    for (const group of ETHNIC_GROUPS) {
      for (const spelling of [group.name, ...group.variants]) {
        expect([spelling, readEthnicity(spelling)]).toEqual([
          spelling,
          { ok: true, value: group.name },
        ]);
      }
    }
  });

  test("no variant is redundant: each one would not be read without its entry", () => {
    for (const group of ETHNIC_GROUPS) {
      const spellings = [group.name, ...group.variants];
      spellings.forEach((variant, i) => {
        const coveredBy = spellings
          .slice(0, i)
          .find((s) => foldKey(s) === foldKey(variant) && agrees(lettersOf(variant), lettersOf(s)));
        expect([variant, coveredBy]).toEqual([variant, undefined]);
      });
    }
  });
});

describe("readEthnicity", () => {
  test.each(OFFICIAL_54)(
    "%s reads back to itself, in NFC, NFD, capitals and without diacritics",
    (name) => {
      const bare = name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
      for (const typed of [name, name.normalize("NFD"), name.toUpperCase(), bare, ` ${name}  `]) {
        expect([typed, readEthnicity(typed)]).toEqual([typed, { ok: true, value: name }]);
      }
    }
  );

  test.each([
    // DESIGN.md §2 spellings
    ["Mông", "Mông"],
    ["H'Mông", "Mông"],
    ["Hmông", "Mông"],
    ["HMông", "Mông"],
    ["Hmong", "Mông"],
    ["H'mông (Mèo)", "Mông"],
    ["Mèo", "Mông"],
    ["Khơ Mú", "Khơ Mú"],
    ["Khơ-mú", "Khơ Mú"],
    ["Khmú", "Khơ Mú"],
    ["Ê Đê", "Ê Đê"],
    ["Ê-đê", "Ê Đê"],
    ["Êđê", "Ê Đê"],
    ["Gia Rai", "Gia Rai"],
    ["Gia-rai", "Gia Rai"],
    ["Ra Glai", "Ra Glai"],
    ["Raglay", "Ra Glai"],
    ["Giẻ Triêng", "Giẻ Triêng"],
    ["Gié-Triêng", "Giẻ Triêng"],
    ["Cơ Lao", "Cơ Lao"],
    ["Co Lao", "Cơ Lao"],
    ["Cờ Lao", "Cơ Lao"],
    ["Khmer", "Khmer"],
    ["Khơ-me", "Khmer"],
    ["Bru-Vân Kiều", "Bru-Vân Kiều"],
    ["Bru - Vân Kiều", "Bru-Vân Kiều"],
    ["Vân Kiều", "Bru-Vân Kiều"],
    ["Việt", "Kinh"],
    ["Kinh (Việt)", "Kinh"],
    ["Hán", "Hoa"],
    ["Thai", "Thái"],
    ["Thái Đen", "Thái"],
    ["Dao đỏ", "Dao"],
    ["Cao Lan", "Sán Chay"],
    ["Chàm", "Chăm"],
    ["Lữ", "Lự"],
    ["M'Nông", "Mnông"],
    ["Mương", "Mường"], // a tone left out
    ["Co", "Co"],
    ["Tầy", "Tày"], // Tày is also written with â
    ["Tây", "Tày"], // "Tầy" with its tone left out
    // prefixes that repeat the column header
    ["Dân tộc Thái", "Thái"],
    ["dân tộc: Thái", "Thái"],
    ["DT Thái", "Thái"],
    ["DT. Mông", "Mông"],
    ["Người Dao", "Dao"],
    // legacy encodings
    ["Th¸i", "Thái"], // TCVN3
    ["M\u00adêng", "Mường"], // TCVN3, with ư as a soft hyphen
    ["Tµy", "Tày"], // TCVN3
    ["Thaùi", "Thái"], // VNI
  ])("%j is %s", (raw, expected) => {
    expect(readEthnicity(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["Kinhh", "Kinh"],
    ["Kihn", "Kinh"],
    ["Nugn", "Nùng"],
    ["Kmu", "Khơ Mú"],
    ["dân tộc Kinhh", "Kinh"],
    ["Thài", "Thái"], // the tone typed contradicts Thái
    ["Cơ", "Co"], // "Cơ" is not "Co": a horn was typed
    ["Mán", "Dao"], // an old exonym: suggested, not read
    ["Gia Lai", "Gia Rai"], // the province, often written for the group
  ])("%j is not read; %j is suggested", (raw, suggestion) => {
    expect(readEthnicity(raw)).toEqual({ ok: false, suggestion });
  });

  test.each([
    ["Nguyễn Thị Hoa"],
    ["Thị"],
    ["Dân tộc"],
    ["DT"],
    ["Kinh và Thái"],
    ["x"],
    ["?"],
    ["Pháp"],
  ])("%j is not a group and nothing is suggested", (raw) => {
    expect(readEthnicity(raw)).toEqual({ ok: false });
  });

  test.each([
    [1],
    [8],
    [2008],
    [true],
    [{ error: "#N/A" }],
    [new Date(Date.UTC(2019, 3, 1))],
    [null],
  ])(
    "%p is not read: numeric codes differ between code lists, and an error cell is no value",
    (value) => {
      expect(readEthnicity(value)).toEqual({ ok: false });
    }
  );

  test("Lai Châu's 13 communities are all in the catalogue", () => {
    const laiChau = [
      "Thái",
      "Giáy",
      "Lào",
      "Lự",
      "Mảng",
      "Kháng",
      "Khơ Mú",
      "Mông",
      "Dao",
      "Hà Nhì",
      "La Hủ",
      "Cống",
      "Si La",
    ];
    for (const name of laiChau) expect(readEthnicity(name)).toEqual({ ok: true, value: name });
    expect(laiChau.every(isEthnicMinority)).toBe(true);
  });
});

test.each([
  ["Mông hoa", "Mông"],
  ["Mông Xanh", "Mông"],
  ["H'Mông đen", "Mông"],
  ["Dao đỏ", "Dao"],
  ["Thái trắng", "Thái"],
  ["Thái đen", "Thái"],
  ["Hoa", "Hoa"],
])("a sub-group named by its colour, %j, is its group %j (issue 14)", (raw, group) => {
  expect(readEthnicity(raw)).toEqual({ ok: true, value: group });
});

test.each([
  ["Nùng Phàn Slình", "Nùng"],
  ["Dao Quần Chẹt", "Dao"],
  ["Mường Bi", "Mường"],
  ["Tày Thanh", "Tày"],
])("a sub-group named after its group, %j, is the group %j", (raw, group) => {
  expect(readEthnicity(raw)).toEqual({ ok: true, value: group });
});

test.each(["Kinh, Thái", "Thái Mông", "Tày - Nùng"])("%j names two groups: not read", (raw) => {
  expect(readEthnicity(raw).ok).toBe(false);
});

/** The members of a register whose ethnic group cells are written so. */
function membersWritten(groups: readonly string[]) {
  const table = readMemberTable({
    sheet: "DS",
    originRow: 1,
    originCol: 1,
    rows: [
      ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc"],
      ...groups.map((group, i) => [i + 1, `Thành viên ${i + 1}`, 1950, "Nữ", group]),
    ],
  });
  if (table === null) throw new Error("no table");
  return table.members;
}

describe("the groups a cell names one after the other", () => {
  test.each([
    ["Tày-Nùng", ["Tày", "Nùng"]],
    ["Tày - Nùng", ["Tày", "Nùng"]],
    ["Kinh, Thái", ["Kinh", "Thái"]],
    ["Khơ Mú", ["Khơ Mú"]],
    ["Bru-Vân Kiều", ["Bru-Vân Kiều"]],
    ["Thái Đen", ["Thái"]],
  ])("%j → %j", (raw, groups) => {
    expect(groupsNamed(raw)).toEqual(groups);
  });

  test("a word naming no group names none", () => {
    expect(groupsNamed("Tày lai")).toBeNull();
    expect(groupsNamed("Kinhh")).toBeNull();
  });

  test("a member written “Tày-Nùng” is of a minority, group unknown; “Kinh, Thái” is neither known", () => {
    const members = membersWritten(["Tày-Nùng", "Kinh, Thái"]);
    expect(members.map((m) => [m.ethnicity, m.minority])).toEqual([
      [null, true],
      [null, null],
    ]);
    // The cell is still reported: its group is not known.
    expect(members[0].problems.map((p) => [p.field, p.code])).toEqual([
      ["ethnicity", "unreadable"],
    ]);
  });
});

test.each(["Mán", "Trại", "Xá", "dân tộc Mán"])(
  "%j, an old name of several groups, all minorities: no group, a minority",
  (raw) => {
    expect(readEthnicity(raw).ok).toBe(false);
    expect(membersWritten([raw]).map((m) => [m.ethnicity, m.minority])).toEqual([[null, true]]);
  }
);
