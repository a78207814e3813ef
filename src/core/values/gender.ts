import type { Gender } from "../model";
import { textCellReader } from "./cell-reader";
import { vocabulary } from "./vocabulary";

/**
 * Gender as registers write it: "Nam" / "Nữ" in any case, with or without diacritics ("nu", "Nư"), in NFC or
 * NFD, "Nam giới" / "Nữ giới", the English M / F / male / female, and legacy TCVN3 / VNI text ("N÷", "Nöõ").
 *
 * "Ông" (Mr) and "Bà" (Mrs) name a gender as plainly as "Nam" and "Nữ", so they are accepted — but only with
 * their diacritics: folded to "ong" / "ba" they are other words ("ba" is also "father" in the South, and "three").
 * A name ("Nguyễn Thị Hoa") is never read as a gender, whatever it contains.
 */
export const readGender = textCellReader(
  vocabulary<Gender>(
    [
      { value: "male", label: "Nam", spellings: ["Nam giới", "Giới tính nam", "M", "Male"] },
      { value: "female", label: "Nữ", spellings: ["Nữ giới", "Giới tính nữ", "F", "Female"] },
    ],
    { exact: { ông: "male", bà: "female" } }
  )
);
