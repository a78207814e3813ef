import { charCode } from "../../../src/core/text/char-code";

/** The same texts in the forms V8 keeps strings in: literal, built, concatenated, sliced, used as a key. */
function formsOf(text: string): string[] {
  const half = Math.floor(text.length / 2);
  const key = Object.keys({ [`${text}`]: 1 })[0];
  return [
    text,
    [...text].join(""),
    text.slice(0, half) + text.slice(half),
    `  ${text}  `.trim(),
    ` ${text}`.slice(1),
    key,
  ];
}

describe("charCode", () => {
  it.each(["Nguyễn Thị Lan Hoa", "Lò Văn Hà", "Bản Phiêng Đanh số 12", "Nam", "Nữ", "x"])(
    "reads every character of %s as charCodeAt does, whatever the string's form",
    (text) => {
      for (const form of formsOf(text)) {
        expect(form).toBe(text);
        const codes = Array.from({ length: form.length }, (_, i) => charCode(form, i));
        expect(codes).toEqual(Array.from(text, (ch) => ch.charCodeAt(0)));
      }
    }
  );

  it("gives NaN beyond the end, as charCodeAt does", () => {
    expect(charCode("ab", 2)).toBeNaN();
  });
});
