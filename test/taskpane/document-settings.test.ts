import { FakeDocumentSettings } from "../support/fake-excel";
import { documentStore, readSetting, writeSetting } from "../../src/taskpane/document-settings";
import { mappingKey } from "../../src/taskpane/mapping";

describe("document settings", () => {
  it("a value written is saved into the document and read back by a new pane", () => {
    const saved: Record<string, unknown> = {};
    const first = new FakeDocumentSettings(saved);
    writeSetting(first, "mapping:Sheet1", { C: "gender" });
    const reopened = new FakeDocumentSettings(saved);
    expect(readSetting(reopened, "mapping:Sheet1", {})).toEqual({ C: "gender" });
  });

  it("a missing key or a value of another shape gives the initial value", () => {
    const settings = new FakeDocumentSettings({ age: "sixty", form: [1] });
    expect(readSetting(settings, "absent", 55)).toBe(55);
    expect(readSetting(settings, "age", 55)).toBe(55);
    expect(readSetting(settings, "form", { place: "" })).toEqual({ place: "" });
  });

  it("an object setting keeps fields added since it was saved", () => {
    const settings = new FakeDocumentSettings({ form: { place: "Lai Châu" } });
    expect(readSetting(settings, "form", { place: "", period: "năm 2026" })).toEqual({
      place: "Lai Châu",
      period: "năm 2026",
    });
  });

  it("writing undefined removes the key", () => {
    const saved: Record<string, unknown> = {};
    const settings = new FakeDocumentSettings(saved);
    writeSetting(settings, "k", 1);
    writeSetting(settings, "k", undefined);
    expect(saved).toEqual({});
  });

  it("the store saves a mapping correction into the document before it resolves", async () => {
    const saved: Record<string, unknown> = {};
    const store = documentStore(new FakeDocumentSettings(saved));
    await store.set(mappingKey("CLB Tân Phong"), { D: "gender" });
    expect(saved).toEqual({ "mapping:CLB Tân Phong": { D: "gender" } });
    expect(documentStore(new FakeDocumentSettings(saved)).get("mapping:CLB Tân Phong")).toEqual({
      D: "gender",
    });
    expect(store.get("mapping:other")).toBeUndefined();
  });
});
