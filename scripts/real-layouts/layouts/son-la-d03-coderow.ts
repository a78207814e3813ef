/**
 * A Sơn La club kept on the health-insurance list form D03-TS (QĐ 595/QĐ-BHXH, revised by QĐ 490/QĐ-BHXH):
 * https://luatquanghuy.vn/tu-van-luat/bao-hiem-y-te/mau-d03-ts/ and
 * https://vssid.net/tai-mau-d03-ts-theo-quyet-dinh-490-qd-bhxh — title lines "Tên đơn vị / Mã đơn vị / Địa chỉ",
 * a column-code row "A B 1 2 3 …", a single "Nữ (X)" mark column (blank means a man), group heading rows with a
 * Roman numeral ("I | Bản Hìn"), a money column and Ghi chú. The club writes poverty as free text in Ghi chú
 * ("HN", "HCN", "Người khuyết tật, hộ nghèo", "Hộ TB"; blank: an ordinary household). No ethnic group, no roles,
 * no loans on this form.
 */
import { SheetBuilder } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { birthCell, departureNote, mark, moneyText, povertyNote } from "../noise";

const CLUB = "CLB LTHTGN Chiềng Khoong";
const VILLAGES = ["Bản Hìn", "Bản Púng", "Bản Cang"];
const WIDTH = 8;

export const sonLaD03CodeRow: Layout = {
  file: "son-la-d03-coderow.xlsx",
  source: [
    "https://luatquanghuy.vn/tu-van-luat/bao-hiem-y-te/mau-d03-ts/",
    "https://vssid.net/tai-mau-d03-ts-theo-quyet-dinh-490-qd-bhxh",
  ],
  traits: [
    "title lines Tên đơn vị / Mã đơn vị / Địa chỉ, form name top right",
    "column-code row A B 1 2 3 …",
    "gender as a single Nữ (X) mark column: blank means male",
    "group heading rows I | Bản Hìn, II | Bản Púng (village)",
    "births mixed: years, text years, dates, month/year",
    "poverty as free text in Ghi chú (HN, HCN, NCT hộ nghèo, Hộ TB; blank = ordinary)",
    "contribution money as numbers, 100.000, 100,000, 50.000đ",
    "a Cộng row summing the money (stale: includes former members)",
    "no ethnicity, role or loan column",
  ],
  missing: ["ethnicity", "role", "loan"],
  clubMatch: { [CLUB]: "chieng khoong" },
  seed: 2203,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: VILLAGES, size: 58, departed: ["died", "moved"] },
      {
        ethnicities: { Thái: 0.7, Kinh: 0.15, Mông: 0.15 },
        womenShare: 0.66,
        poverty: [0.28, 0.22, 0.1],
        contributing: { share: 0.85, amounts: [50_000, 100_000, 100_000, 200_000] },
      },
      "mixed"
    );
    const b = new SheetBuilder();
    const form: (string | null)[] = [];
    form[6] = "Mẫu D03-TS";
    form[0] = "Tên đơn vị: CLB Liên thế hệ tự giúp nhau xã Chiềng Khoong";
    b.merge(b.add(form), 1, 1, 5);
    b.add(["Mã đơn vị: ............"]);
    b.add(["Địa chỉ: xã Chiềng Khoong, huyện Sông Mã, tỉnh Sơn La"]);
    b.add();
    b.banner("DANH SÁCH THÀNH VIÊN THAM GIA ĐÓNG GÓP QUỸ CLB", WIDTH);
    b.banner("Số: 01 tháng 6 năm 2024", WIDTH);
    b.add();
    b.add([
      "STT",
      "Họ và tên",
      "Mã số BHXH",
      "Ngày tháng năm sinh",
      "Nữ (X)",
      "Nơi cư trú",
      "Số tiền đóng góp (đồng)",
      "Ghi chú",
    ]);
    b.add(["A", "B", "1", "2", "3", "4", "5", "6"]);
    let n = 0;
    let total = 0;
    VILLAGES.forEach((village, v) => {
      b.merge(b.add([["I", "II", "III"][v], village]), 2, 1, WIDTH - 1);
      for (const m of members.filter((x) => x.village === village)) {
        total += m.contribution;
        b.add([
          ++n,
          m.name,
          rng.chance(0.5) ? `140${rng.int(1000000, 9999999)}` : null,
          m.birth && birthCell(rng, m.birth, true),
          m.gender === "female" ? mark(rng, ["x", "X"]) : null,
          `${village}, Chiềng Khoong`,
          m.contribution > 0 ? moneyText(rng, m.contribution) : null,
          m.departed ? departureNote(rng, m.departed) : povertyNote(rng, m.poverty),
        ]);
      }
    });
    b.merge(b.add(["Cộng", null, null, null, null, null, total]), 1, 1, 6);
    b.add();
    b.add([null, null, null, null, "Chiềng Khoong, ngày 20 tháng 6 năm 2024"]);
    b.add([null, "NGƯỜI LẬP BIỂU", null, null, "CHỦ NHIỆM CLB"]);
    return { members, sheets: [b.sheet("D03-TS")] };
  },
};
