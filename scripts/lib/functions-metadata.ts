/**
 * The CLUB.* functions' metadata, the Office way: functions.json, which Microsoft's custom-functions-metadata
 * generates from the JSDoc of src/functions/functions.ts, in English (the manifest's default locale); and
 * functions-vi.json, which the manifest serves for vi-VN: the same file with each description in Vietnamese, from
 * the fn.help.* messages. The build emits both (webpack.config.js); test/functions keeps golden copies, so that a
 * JSDoc change shows in review as a metadata change.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { messages } from "../../src/core/i18n/messages";
import type { Bilingual, Lang } from "../../src/core/i18n/text";

export const FUNCTIONS_SOURCE = join(__dirname, "../../src/functions/functions.ts");

/** The file served for each language, as the manifest names them. */
export const METADATA_FILES: Readonly<Record<Lang, string>> = {
  en: "functions.json",
  vi: "functions-vi.json",
};

interface Described {
  description?: string;
}

interface FunctionMetadata extends Described {
  readonly id: string;
  readonly parameters: (Described & { readonly name: string })[];
}

interface Metadata {
  readonly functions: FunctionMetadata[];
}

export interface FunctionsMetadata {
  /** Each file's text; empty when there are errors. */
  readonly files: Readonly<Record<Lang, string>>;
  /** Which JavaScript function each id names, as the generator found them. */
  readonly associate: readonly { readonly id: string; readonly functionName: string }[];
  /** The generator's errors, then any description the message catalogue lacks or words differently. */
  readonly errors: readonly string[];
}

const help = messages as unknown as Readonly<Record<string, Bilingual | undefined>>;

/**
 * Sets each description from the catalogue's `lang` text, after checking that the catalogue's English is the
 * JSDoc's: the Vietnamese translates what the formula bar shows in English, not an older wording.
 */
function described(item: Described, key: string, lang: Lang, errors: string[]): void {
  const text = help[key];
  if (text === undefined) {
    errors.push(`${key} is missing from the message catalogue`);
  } else if (text.en !== item.description) {
    errors.push(`${key}: the JSDoc says "${item.description}", the catalogue "${text.en}"`);
  } else {
    item.description = text[lang];
  }
}

function inLanguage(metadataJson: string, lang: Lang, errors: string[]): string {
  const metadata = JSON.parse(metadataJson) as Metadata;
  for (const fn of metadata.functions) {
    described(fn, `fn.help.${fn.id}`, lang, errors);
    for (const parameter of fn.parameters) {
      described(parameter, `fn.help.${fn.id}.${parameter.name}`, lang, errors);
    }
  }
  // The generator's own layout (four spaces), so that the two files compare line by line.
  return JSON.stringify(metadata, null, 4);
}

export async function functionsMetadata(
  source: string = FUNCTIONS_SOURCE
): Promise<FunctionsMetadata> {
  const generated = await generateCustomFunctionsMetadata(source, false);
  const associate = generated.associate.map(({ id, functionName }) => ({ id, functionName }));
  const none = { en: "", vi: "" };
  if (generated.errors.length > 0) return { files: none, associate, errors: generated.errors };
  const errors: string[] = [];
  const vi = inLanguage(generated.metadataJson, "vi", errors);
  const files = errors.length > 0 ? none : { en: generated.metadataJson, vi };
  return { files, associate, errors };
}
